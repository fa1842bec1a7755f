import type { DateField, RowField } from 'payload';
import { dateNotBefore } from './dateNotBefore.ts';

/** Date and time picker settings shared by every date field editors fill in. */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'yyyy年M月d日 HH:mm',
  timeFormat: 'HH:mm',
  timeIntervals: 15,
} as const;

interface DateSide {
  name: string;
  label: string;
  required?: boolean;
  description?: string;
}

/**
 * Two date fields side by side, the second not allowed before the first (an event's start and
 * end, a registration's opening and closing), refused with `message`; `strict` also refuses equal.
 */
export function dateWindow(start: DateSide, end: DateSide, message: string, options: { strict?: boolean } = {}): RowField {
  const side = ({ name, label, required, description }: DateSide): DateField => ({
    name,
    type: 'date',
    label,
    required: required ?? false,
    admin: { date: DAY_AND_TIME, width: '50%', ...(description ? { description } : {}) },
  });
  return {
    type: 'row',
    fields: [side(start), { ...side(end), validate: dateNotBefore(start.name, message, options) }],
  };
}
