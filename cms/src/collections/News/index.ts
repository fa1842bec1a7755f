import type { CollectionConfig } from 'payload';
import { DAY_AND_TIME } from '../../fields/dateWindow.ts';
import { slugField } from '../../fields/slugField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const News: CollectionConfig = {
  slug: SLUGS.news,
  labels: { singular: '新闻', plural: '新闻' },
  admin: {
    group: ADMIN_GROUPS.shared,
    useAsTitle: 'title',
    defaultColumns: ['title', 'campaign', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    description: '活动动态和工会新闻。',
  },
  defaultSort: '-publishedAt',
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true, maxLength: 200 },
    slugField(SLUGS.news, 'reading-month-opens'),
    {
      name: 'campaign',
      type: 'relationship',
      label: '所属活动',
      relationTo: SLUGS.campaigns,
      admin: { position: 'sidebar', description: '选填；选择后新闻会出现在该活动的专题中。' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: '发布日期',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: DAY_AND_TIME },
    },
    { name: 'summary', type: 'textarea', label: '摘要', maxLength: 200, admin: { description: '不超过 200 字。' } },
    { name: 'body', type: 'richText', label: '正文' },
  ],
};
