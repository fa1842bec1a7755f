import type { CollectionConfig } from 'payload';
import { slugField } from '../../fields/slugField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const Pages: CollectionConfig = {
  slug: SLUGS.pages,
  labels: { singular: '页面', plural: '页面' },
  admin: {
    group: ADMIN_GROUPS.shared,
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    description: '关于我们、隐私政策等独立页面。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '标题', required: true, maxLength: 200 },
    slugField(SLUGS.pages, 'privacy'),
    { name: 'body', type: 'richText', label: '正文' },
  ],
};
