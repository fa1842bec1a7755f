import type { CollectionConfig } from 'payload';
import { isStaff } from '../../access/isStaff.ts';
import { nobody } from '../../access/nobody.ts';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, REVIEW_STATE_LABELS, REVIEW_STATES } from '../../review/transitions.ts';
import { ADMIN_GROUPS, SLUGS } from '../../slugs.ts';

const stateOptions = REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] }));

/**
 * One entry per review transition, and per export, check-in and voided vote (who, which campaign,
 * how many rows, whether phones were shown), written only by the services (with overrideAccess), so
 * nobody, admins included, can create, change or delete one through the API. Every staff member
 * reads them: editors need the return comments, and the trail is not secret inside the office.
 */
export const AuditLog: CollectionConfig = {
  slug: SLUGS.auditLog,
  labels: { singular: '审核记录', plural: '审核记录' },
  admin: {
    group: ADMIN_GROUPS.shared,
    useAsTitle: 'documentTitle',
    defaultColumns: ['documentTitle', 'collectionLabel', 'action', 'actorName', 'toState', 'comment', 'createdAt'],
    description: '提交审核、通过、退回、定时发布和下线，以及导出名单、现场签到和作废投票的记录，由系统自动写入，任何人都不能修改或删除。',
  },
  defaultSort: '-createdAt',
  access: {
    read: isStaff,
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    // Not required: deleting an account keeps its entries, with the name and email snapshots below.
    { name: 'actor', type: 'relationship', label: '操作人', relationTo: SLUGS.users },
    { name: 'actorName', type: 'text', label: '操作人姓名' },
    { name: 'actorEmail', type: 'text', label: '操作人邮箱' },
    { name: 'collectionSlug', type: 'text', label: '内容类型标识', required: true, index: true },
    { name: 'collectionLabel', type: 'text', label: '内容类型' },
    { name: 'documentId', type: 'text', label: '文档编号', required: true, index: true },
    { name: 'documentTitle', type: 'text', label: '文档标题' },
    { name: 'action', type: 'select', label: '操作', required: true, options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] })) },
    // Review entries always carry both states; participation entries (exports, check-in, voiding) have none.
    { name: 'fromState', type: 'select', label: '原状态', options: stateOptions },
    { name: 'toState', type: 'select', label: '新状态', options: stateOptions },
    { name: 'comment', type: 'textarea', label: '意见' },
    { name: 'rowCount', type: 'number', label: '导出行数', admin: { condition: (data) => typeof data?.rowCount === 'number' } },
    {
      name: 'phonesRevealed',
      type: 'checkbox',
      label: '含完整手机号',
      admin: { condition: (data) => data?.action === 'export-registrations' },
    },
  ],
};
