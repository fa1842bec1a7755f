import type { CollectionConfig } from 'payload';
import { dateWindow } from '../../fields/dateWindow.ts';
import { integerField } from '../../fields/integerField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';
import { validatePublicWeight, validateRounds } from './rounds.ts';

export const ROUND_ENDS_BEFORE_START_MESSAGE = '本轮结束时间不能早于开始时间';

export const Contests: CollectionConfig = {
  slug: SLUGS.contests,
  labels: { singular: '歌手大赛', plural: '歌手大赛' },
  admin: {
    group: ADMIN_GROUPS.singerContest,
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'theme', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'theme'],
    description: '每届职工歌手大赛的赛制：轮次、时间和评分权重。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '大赛名称', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { ...integerField({ name: 'edition', label: '届次', min: 1, max: 1000, required: true }), admin: { width: '30%', step: 1 } },
        { name: 'theme', type: 'text', label: '主题', maxLength: 60, admin: { width: '70%' } },
      ],
    },
    { name: 'rules', type: 'richText', label: '比赛规则' },
    {
      name: 'rounds',
      type: 'array',
      label: '赛程轮次',
      labels: { singular: '轮次', plural: '轮次' },
      required: true,
      minRows: 1,
      validate: validateRounds,
      admin: { description: '按先后顺序填写；各轮时间不能重叠，评委与大众投票权重之和为 100。' },
      fields: [
        { name: 'name', type: 'text', label: '轮次名称', required: true, maxLength: 30, admin: { description: '如 初赛、复赛、决赛。' } },
        dateWindow({ name: 'startsAt', label: '开始时间', required: true }, { name: 'endsAt', label: '结束时间', required: true }, ROUND_ENDS_BEFORE_START_MESSAGE),
        {
          type: 'row',
          fields: [
            {
              ...integerField({ name: 'judgeWeight', label: '评委评分权重（%）', min: 0, max: 100, required: true }),
              admin: { width: '50%', step: 1 },
            },
            {
              ...integerField({ name: 'publicWeight', label: '大众投票权重（%）', min: 0, max: 100, required: true, validate: validatePublicWeight }),
              admin: { width: '50%', step: 1 },
            },
          ],
        },
      ],
    },
  ],
};
