import type { CollectionConfig } from 'payload';
import { districtField } from '../../fields/district.ts';
import { integerField } from '../../fields/integerField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const Enterprises: CollectionConfig = {
  slug: SLUGS.enterprises,
  labels: { singular: '参赛企业', plural: '参赛企业' },
  admin: {
    group: ADMIN_GROUPS.ankangCup,
    useAsTitle: 'name',
    defaultColumns: ['name', 'district', 'headcount', '_status', 'updatedAt'],
    listSearchableFields: ['name'],
    description: '参加安康杯竞赛的企业。',
  },
  ...publishedContent,
  fields: [
    { name: 'name', type: 'text', label: '企业名称', required: true, maxLength: 120 },
    districtField({ required: true }),
    integerField({ name: 'headcount', label: '职工人数', min: 1, required: true }),
  ],
};
