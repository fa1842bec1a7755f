import type { CollectionConfig } from 'payload';
import { dateWindow } from '../../fields/dateWindow.ts';
import { integerField } from '../../fields/integerField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const CLOSES_BEFORE_OPENS_MESSAGE = '答题截止时间不能早于答题开始时间';

export const Quizzes: CollectionConfig = {
  slug: SLUGS.quizzes,
  labels: { singular: '知识竞答', plural: '知识竞答' },
  admin: {
    group: ADMIN_GROUPS.ankangCup,
    useAsTitle: 'title',
    defaultColumns: ['title', 'opensAt', 'closesAt', 'questionsPerAttempt', '_status'],
    listSearchableFields: ['title'],
    description: '安康杯安全知识竞答的规则；题目从题库中随机抽取。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '竞答名称', required: true, maxLength: 120 },
    dateWindow({ name: 'opensAt', label: '答题开始时间', required: true }, { name: 'closesAt', label: '答题截止时间' }, CLOSES_BEFORE_OPENS_MESSAGE),
    {
      type: 'row',
      fields: [
        { ...integerField({ name: 'questionsPerAttempt', label: '每次题数', min: 1, max: 100, required: true, defaultValue: 10 }), admin: { width: '33%', step: 1 } },
        {
          ...integerField({ name: 'timeLimitSeconds', label: '答题时限（秒）', min: 30, max: 7200, required: true, defaultValue: 600 }),
          admin: { width: '33%', step: 1 },
        },
        { ...integerField({ name: 'attemptsPerDay', label: '每日答题次数', min: 1, max: 20, required: true, defaultValue: 3 }), admin: { width: '33%', step: 1 } },
      ],
    },
  ],
};
