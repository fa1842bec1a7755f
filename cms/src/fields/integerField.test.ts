import type { NumberFieldSingleValidation } from 'payload';
import { describe, expect, it } from 'vitest';
import { integerField, integerInRange, integerRangeMessage } from './integerField.ts';
import { validateOptions } from './testing.ts';

type Options = Parameters<NumberFieldSingleValidation>[1];

describe('integerInRange', () => {
  const validate = integerInRange(1, 20);

  it('accepts whole numbers in range, and nothing when optional', async () => {
    for (const n of [1, 7, 20]) expect(await validate(n, validateOptions<Options>())).toBe(true);
    expect(await validate(null, validateOptions<Options>())).toBe(true);
  });

  it('refuses fractions and numbers out of range with a Chinese message', async () => {
    for (const n of [0, 21, 2.5]) expect(await validate(n, validateOptions<Options>())).toBe('请填写 1 到 20 之间的整数');
  });

  it('keeps Payload’s required check', async () => {
    expect(await validate(undefined, validateOptions<Options>({ required: true }))).toBe('validation:required');
  });

  it('words an open range without a maximum', () => {
    expect(integerRangeMessage(1)).toBe('请填写不小于 1 的整数');
  });
});

describe('integerField', () => {
  it('builds a number field with min, max, default and a whole-number step', () => {
    const field = integerField({ name: 'capacity', label: '名额', min: 1, max: 500, required: true, defaultValue: 50 });
    expect(field).toMatchObject({ name: 'capacity', type: 'number', label: '名额', min: 1, max: 500, required: true, defaultValue: 50 });
    expect(field.admin?.step).toBe(1);
  });

  it('uses a stricter rule when given one', () => {
    const validate: NumberFieldSingleValidation = () => true;
    expect(integerField({ name: 'x', label: 'x', min: 0, validate }).validate).toBe(validate);
  });
});
