import type { CollectionConfig } from 'payload';
import { validateIsbn } from '../../fields/textRules.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const BOOK_CATEGORIES = [
  { value: 'spirit-of-the-times', label: '时代精神' },
  { value: 'skills', label: '技能提升' },
  { value: 'family-life', label: '家庭生活' },
  { value: 'literary-classics', label: '文学经典' },
  { value: 'science-health', label: '科普健康' },
] as const;

export const Books: CollectionConfig = {
  slug: SLUGS.books,
  labels: { singular: '推荐书目', plural: '推荐书目' },
  admin: {
    group: ADMIN_GROUPS.readingMonth,
    useAsTitle: 'title',
    defaultColumns: ['title', 'author', 'category', 'isbn', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'author', 'isbn'],
    description: '职工读书月推荐书目。',
  },
  ...publishedContent,
  fields: [
    { name: 'title', type: 'text', label: '书名', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'text', label: '作者', required: true, maxLength: 100, admin: { width: '50%' } },
        { name: 'publisher', type: 'text', label: '出版社', maxLength: 100, admin: { width: '50%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'isbn',
          type: 'text',
          label: 'ISBN',
          maxLength: 20,
          index: true,
          validate: validateIsbn,
          admin: { width: '50%', description: '选填，10 位或 13 位，可带连字符。' },
        },
        {
          name: 'category',
          type: 'select',
          label: '类别',
          required: true,
          options: BOOK_CATEGORIES.map((o) => ({ ...o })),
          admin: { width: '50%' },
        },
      ],
    },
    { name: 'cover', type: 'upload', label: '封面', relationTo: SLUGS.media },
    {
      name: 'recommendation',
      type: 'textarea',
      label: '推荐语',
      maxLength: 500,
      admin: { description: '不超过 500 字。' },
    },
  ],
};
