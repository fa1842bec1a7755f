import type { NumberField, NumberFieldSingleValidation } from 'payload';
import { number } from 'payload/shared';

/** The Chinese message for a value outside min–max or with a fraction. */
export const integerRangeMessage = (min: number, max?: number) =>
  max === undefined ? `请填写不小于 ${min} 的整数` : `请填写 ${min} 到 ${max} 之间的整数`;

/**
 * Validation for a whole number in min–max. Our message comes first for a number out of range
 * (Payload's own reads awkwardly in Chinese); Payload's check still handles required and non-numbers.
 */
export function integerInRange(min: number, max?: number): NumberFieldSingleValidation {
  return async (value, options) => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      if (!Number.isInteger(value) || value < min || (max !== undefined && value > max)) return integerRangeMessage(min, max);
    }
    return number(value, options);
  };
}

/** A whole-number field limited to min–max, with a Chinese message when it is not. */
export function integerField(field: {
  name: string;
  label: string;
  min: number;
  max?: number;
  required?: boolean;
  defaultValue?: number;
  description?: string;
  /** A stricter rule, replacing the range check (it should call integerInRange itself). */
  validate?: NumberFieldSingleValidation;
}): NumberField {
  const { name, label, min, max, required, defaultValue, description, validate } = field;
  return {
    name,
    type: 'number',
    label,
    required: required ?? false,
    min,
    ...(max === undefined ? {} : { max }),
    ...(defaultValue === undefined ? {} : { defaultValue }),
    admin: { step: 1, ...(description ? { description } : {}) },
    validate: validate ?? integerInRange(min, max),
  };
}
