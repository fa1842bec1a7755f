import { describe, expect, it } from 'vitest';
import { correctAnswersAmongOptions, optionIndex } from './quiz.ts';

describe('correctAnswersAmongOptions', () => {
  it('accepts one or more answers among the options', () => {
    expect(correctAnswersAmongOptions(4, [0])).toBe(true);
    expect(correctAnswersAmongOptions(4, [1, 3])).toBe(true);
  });

  it('refuses an answer past the last option', () => {
    expect(correctAnswersAmongOptions(3, [3])).toBe(false);
    expect(correctAnswersAmongOptions(2, [0, 5])).toBe(false);
  });

  it('refuses no answer, repeats, negative and fractional indexes', () => {
    expect(correctAnswersAmongOptions(4, [])).toBe(false);
    expect(correctAnswersAmongOptions(4, [1, 1])).toBe(false);
    expect(correctAnswersAmongOptions(4, [-1])).toBe(false);
    expect(correctAnswersAmongOptions(4, [0.5])).toBe(false);
  });
});

describe('optionIndex', () => {
  it('maps letters A–F to 0–5 and anything else to -1', () => {
    expect(['A', 'C', 'F', 'G', 'a'].map(optionIndex)).toEqual([0, 2, 5, -1, -1]);
  });
});
