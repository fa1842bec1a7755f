import type { Field } from 'payload';
import { isStaff } from '../access/isStaff.ts';
import { dateNotBefore } from '../fields/dateNotBefore.ts';

export const UNPUBLISH_BEFORE_PUBLISH_MESSAGE = '定时下线时间不能早于定时发布时间';

/**
 * When an approved document goes live and when it comes down again. Editors set them in the
 * draft, so the reviewer approves the timing along with the content; the public never sees them.
 */
export const scheduleFields: Field[] = [
  {
    name: 'publishAt',
    type: 'date',
    label: '定时发布',
    access: { read: isStaff },
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 },
      description: '留空则审核通过后立即发布；填写将来的时间则审核通过后到点自动发布。',
    },
  },
  {
    name: 'unpublishAt',
    type: 'date',
    label: '定时下线',
    access: { read: isStaff },
    validate: dateNotBefore('publishAt', UNPUBLISH_BEFORE_PUBLISH_MESSAGE),
    admin: {
      position: 'sidebar',
      date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 },
      description: '到点后自动下线（不删除，可再次发布）。',
    },
  },
];
