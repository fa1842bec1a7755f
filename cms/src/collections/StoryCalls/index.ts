import type { CollectionConfig } from 'payload';
import { dateWindow } from '../../fields/dateWindow.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const CLOSES_BEFORE_OPENS_MESSAGE = '征集截止时间不能早于征集开始时间';

export const StoryCalls: CollectionConfig = {
  slug: SLUGS.storyCalls,
  labels: { singular: '故事征集', plural: '故事征集' },
  admin: {
    group: ADMIN_GROUPS.readingMonth,
    useAsTitle: 'title',
    defaultColumns: ['title', 'theme', 'opensAt', 'closesAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'theme'],
    description: '如“我的家规家训”故事征集。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '征集名称', required: true, maxLength: 120 },
    { name: 'theme', type: 'text', label: '征集主题', maxLength: 120 },
    dateWindow({ name: 'opensAt', label: '征集开始时间', required: true }, { name: 'closesAt', label: '征集截止时间' }, CLOSES_BEFORE_OPENS_MESSAGE),
    { name: 'rules', type: 'richText', label: '征集规则' },
  ],
};
