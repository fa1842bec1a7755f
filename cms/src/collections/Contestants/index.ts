import type { CollectionConfig } from 'payload';
import { validateHttpUrl } from '../../fields/textRules.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const ROUND_STATUSES = [
  { value: 'registered', label: '报名中' },
  { value: 'preliminary', label: '初赛' },
  { value: 'semifinal', label: '复赛' },
  { value: 'final', label: '决赛' },
  { value: 'eliminated', label: '已淘汰' },
  { value: 'awarded', label: '获奖' },
] as const;

export const Contestants: CollectionConfig = {
  slug: SLUGS.contestants,
  labels: { singular: '参赛选手', plural: '参赛选手' },
  admin: {
    group: ADMIN_GROUPS.singerContest,
    useAsTitle: 'stageName',
    defaultColumns: ['stageName', 'employer', 'song', 'contest', 'roundStatus', '_status'],
    listSearchableFields: ['stageName', 'employer', 'song'],
    description: '发布后选手才会出现在大赛页面和投票中。',
  },
  ...publishedContent,
  fields: [
    { name: 'stageName', type: 'text', label: '选手/组合名称', required: true, maxLength: 60 },
    { name: 'employer', type: 'text', label: '工作单位', required: true, maxLength: 100 },
    { name: 'song', type: 'text', label: '参赛曲目', required: true, maxLength: 100 },
    { name: 'photo', type: 'upload', label: '照片', relationTo: SLUGS.media },
    {
      name: 'mediaUrl',
      type: 'text',
      label: '演唱视频链接',
      maxLength: 500,
      validate: validateHttpUrl,
      admin: { description: '选填，以 https:// 开头。' },
    },
    {
      name: 'contest',
      type: 'relationship',
      label: '所属大赛',
      relationTo: SLUGS.contests,
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'roundStatus',
      type: 'select',
      label: '赛程状态',
      required: true,
      defaultValue: 'registered',
      options: ROUND_STATUSES.map((o) => ({ ...o })),
      index: true,
      admin: { position: 'sidebar' },
    },
  ],
};
