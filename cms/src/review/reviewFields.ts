import type { Field } from 'payload';
import { isStaff } from '../access/isStaff.ts';
import { nobody } from '../access/nobody.ts';
import { SLUGS } from '../slugs.ts';
import { REVIEW_STATE_LABELS, REVIEW_STATES } from './transitions.ts';

/**
 * Where a document stands in review. Only the review service writes it (with overrideAccess), so
 * nobody moves a document along by editing the field; the public never sees it.
 */
export const reviewField: Field = {
  name: 'review',
  type: 'group',
  label: '审核',
  access: { read: isStaff, create: nobody, update: nobody },
  admin: { position: 'sidebar' },
  fields: [
    {
      name: 'state',
      type: 'select',
      label: '审核状态',
      defaultValue: 'draft',
      options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] })),
      admin: { readOnly: true },
    },
    { name: 'comment', type: 'textarea', label: '退回意见', admin: { readOnly: true, description: '最近一次退回时审核人员填写的意见。' } },
    { name: 'submittedBy', type: 'relationship', label: '提交人', relationTo: SLUGS.users, admin: { readOnly: true } },
    {
      // Identifies the approval a scheduled publish or unpublish belongs to: a job whose approval
      // has since been replaced (edited and approved again) does nothing.
      name: 'approvedAt',
      type: 'date',
      label: '通过时间',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
};
