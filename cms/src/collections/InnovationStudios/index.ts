import type { CollectionConfig } from 'payload';
import { integerField } from '../../fields/integerField.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';
import { publishedContent } from '../publishedContent.ts';

export const InnovationStudios: CollectionConfig = {
  slug: SLUGS.innovationStudios,
  labels: { singular: '劳模创新工作室', plural: '劳模创新工作室' },
  admin: {
    group: ADMIN_GROUPS.modelWorkers,
    useAsTitle: 'name',
    defaultColumns: ['name', 'lead', 'employer', 'yearNamed', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'employer', 'field'],
    description: '以劳模名字命名、由劳模领衔的创新工作室。',
  },
  ...publishedContent,
  fields: [
    { name: 'name', type: 'text', label: '工作室名称', required: true, maxLength: 100 },
    {
      name: 'lead',
      type: 'relationship',
      label: '领衔劳模',
      relationTo: SLUGS.modelWorkers,
      admin: { description: '从劳模库中选择。' },
    },
    { name: 'employer', type: 'text', label: '所在单位', required: true, maxLength: 100 },
    { name: 'field', type: 'text', label: '专业领域', maxLength: 60, admin: { description: '如 数控加工、电力检修。' } },
    integerField({ name: 'yearNamed', label: '命名年份', min: 1990, max: 2100 }),
    { name: 'achievements', type: 'richText', label: '创新成果' },
  ],
};
