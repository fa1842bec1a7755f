import type { DateFieldValidation } from 'payload';
import { date } from 'payload/shared';

/**
 * Validation for a date that may not come before a sibling date (an end after its start); with
 * `strict`, not at the same instant either (a vote window must last).
 * Payload's own date check runs first, so a custom rule never loosens the built-in one.
 */
export function dateNotBefore(siblingField: string, message: string, { strict = false }: { strict?: boolean } = {}): DateFieldValidation {
  return async (value, options) => {
    const builtIn = await date(value, options);
    if (builtIn !== true) return builtIn;
    const earlier = (options.siblingData as Record<string, unknown> | undefined)?.[siblingField];
    if (!value || !earlier) return true;
    const end = new Date(value as Date | string).getTime();
    const start = new Date(earlier as Date | string).getTime();
    if (Number.isNaN(end) || Number.isNaN(start)) return true;
    return end < start || (strict && end === start) ? message : true;
  };
}
