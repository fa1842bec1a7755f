import { GENDERS, HONOR_LEVELS, INDUSTRIES } from '@union/schemas';
import type { CollectionConfig } from 'payload';
import { districtField } from '../../fields/district.ts';
import { integerField } from '../../fields/integerField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';
import { syncLikeCandidates, syncLikeCandidatesOnDelete } from './hooks/syncLikeCandidates.ts';

export const ModelWorkers: CollectionConfig = {
  slug: SLUGS.modelWorkers,
  labels: { singular: '劳模', plural: '劳模' },
  admin: {
    group: ADMIN_GROUPS.modelWorkers,
    useAsTitle: 'name',
    defaultColumns: ['name', 'employer', 'industry', 'district', 'featured', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'employer', 'position'],
    description: '各级劳动模范、五一劳动奖章获得者和“苏州时代工匠”。发布后才会出现在劳模风采专题中，并可在劳模点赞中被点赞。',
  },
  ...publishedContent,
  hooks: {
    ...publishedContent.hooks,
    // After the publish guard: a refused unpublish stops before the participation API hears of it.
    afterChange: [...publishedContent.hooks.afterChange, syncLikeCandidates],
    afterDelete: [syncLikeCandidatesOnDelete],
  },
  fields: [
    { name: 'name', type: 'text', label: '姓名', required: true, maxLength: 32 },
    {
      name: 'featured',
      type: 'checkbox',
      label: '首页推荐',
      defaultValue: false,
      // The microsite's home page asks for exactly these.
      index: true,
      admin: { position: 'sidebar', description: '勾选后显示在劳模风采专题首页的“劳模风采”推荐位，建议 4 到 8 位。' },
    },
    { name: 'portrait', type: 'upload', label: '肖像', relationTo: SLUGS.media },
    {
      type: 'row',
      fields: [
        { name: 'gender', type: 'select', label: '性别', options: GENDERS.map((o) => ({ ...o })), admin: { width: '33%' } },
        {
          name: 'industry',
          type: 'select',
          label: '所属行业',
          options: INDUSTRIES.map((o) => ({ ...o })),
          admin: { width: '33%' },
        },
        districtField({ admin: { width: '33%' } }),
      ],
    },
    { name: 'employer', type: 'text', label: '工作单位', required: true, maxLength: 100 },
    { name: 'position', type: 'text', label: '职务/岗位', maxLength: 100 },
    {
      name: 'honors',
      type: 'array',
      label: '荣誉',
      labels: { singular: '荣誉', plural: '荣誉' },
      required: true,
      minRows: 1,
      admin: { description: '至少填写一项，如 2018 年 市 劳动模范。', initCollapsed: false },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'level',
              type: 'select',
              label: '级别',
              required: true,
              options: HONOR_LEVELS.map((o) => ({ ...o })),
              admin: { width: '25%' },
            },
            {
              name: 'title',
              type: 'text',
              label: '称号',
              required: true,
              maxLength: 60,
              admin: { width: '50%', description: '如 劳动模范、五一劳动奖章、先进工作者。' },
            },
            { ...integerField({ name: 'year', label: '年份', min: 1950, max: 2100, required: true }), admin: { width: '25%', step: 1 } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'isEraCraftsman', type: 'checkbox', label: '苏州时代工匠', defaultValue: false, admin: { width: '50%' } },
        {
          ...integerField({ name: 'craftsmanYear', label: '获评年份', min: 1950, max: 2100 }),
          admin: { width: '50%', step: 1, condition: (_data, siblingData) => Boolean(siblingData?.isEraCraftsman) },
        },
      ],
    },
    { name: 'biography', type: 'richText', label: '先进事迹' },
    {
      name: 'quote',
      type: 'textarea',
      label: '劳模寄语',
      maxLength: 120,
      admin: { description: '一句话，不超过 120 字，显示在劳模卡片上。' },
    },
  ],
};
