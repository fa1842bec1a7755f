import { SITE_IDS, SITES } from '@union/publisher';
import type { CollectionConfig } from 'payload';
import { isStaff } from '../../access/isStaff.ts';
import { nobody } from '../../access/nobody.ts';
import {
  SITE_BUILD_STATUS_LABELS,
  SITE_BUILD_STATUSES,
  SITE_BUILD_TRIGGER_LABELS,
  SITE_BUILD_TRIGGERS,
} from '../../publishing/buildStates.ts';
import { publishSitesEndpoint } from '../../publishing/publishSitesEndpoint.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';

/**
 * One entry per build of a static site, written only by the publishing service: what changed,
 * who asked, and how it went (with the end of the build's log when it failed). Staff read them;
 * nobody edits them. `POST /api/site-builds/publish` is the 发布站点 button.
 */
export const SiteBuilds: CollectionConfig = {
  slug: SLUGS.siteBuilds,
  labels: { singular: '站点发布', plural: '站点发布' },
  admin: {
    group: ADMIN_GROUPS.shared,
    useAsTitle: 'summary',
    defaultColumns: ['site', 'status', 'summary', 'trigger', 'createdAt', 'finishedAt'],
    description: '内容发布后，相关网站会自动重新生成；此处记录每次生成的状态。失败时线上仍保留上一次成功的版本。',
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: [publishSitesEndpoint],
  fields: [
    { name: 'site', type: 'select', label: '站点', required: true, index: true, options: SITE_IDS.map((value) => ({ value, label: SITES[value].label })) },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: SITE_BUILD_STATUSES.map((value) => ({ value, label: SITE_BUILD_STATUS_LABELS[value] })),
    },
    { name: 'summary', type: 'text', label: '说明' },
    { name: 'trigger', type: 'select', label: '原因', required: true, options: SITE_BUILD_TRIGGERS.map((value) => ({ value, label: SITE_BUILD_TRIGGER_LABELS[value] })) },
    { name: 'requestedBy', type: 'relationship', label: '操作人', relationTo: SLUGS.users },
    { name: 'changes', type: 'json', label: '包含的变更' },
    { name: 'notBefore', type: 'date', label: '计划开始', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'startedAt', type: 'date', label: '开始时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: '完成时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: '耗时（毫秒）' },
    { name: 'release', type: 'text', label: '版本目录' },
    { name: 'log', type: 'textarea', label: '构建日志（末尾）' },
  ],
};
