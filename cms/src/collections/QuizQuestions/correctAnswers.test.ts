import { CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE, OPTION_LETTERS } from '@union/schemas';
import type { SelectFieldValidation } from 'payload';
import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../fields/testing.ts';
import { validateCorrectAnswers } from './correctAnswers.ts';

const options = (optionRows: unknown) =>
  validateOptions<Parameters<SelectFieldValidation>[1]>({
    hasMany: true,
    required: true,
    options: OPTION_LETTERS.map((value) => ({ value, label: value })),
    siblingData: { options: optionRows },
  });
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `选项${i + 1}` }));

describe('validateCorrectAnswers', () => {
  it('accepts answers among the options', async () => {
    expect(await validateCorrectAnswers(['A', 'C'], options(rows(3)))).toBe(true);
  });

  it('refuses an answer past the last option, in Chinese', async () => {
    expect(await validateCorrectAnswers(['D'], options(rows(3)))).toBe(CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE);
  });

  it('keeps Payload’s required check', async () => {
    expect(await validateCorrectAnswers([], options(rows(3)))).toBe('validation:required');
  });

  it('reads the row count the admin form state holds', async () => {
    expect(await validateCorrectAnswers(['B'], options(2))).toBe(true);
    expect(await validateCorrectAnswers(['C'], options(2))).toBe(CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE);
  });
});
