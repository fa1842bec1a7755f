/** Option letters of a quiz question, in order: the first option is A. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type OptionLetter = (typeof OPTION_LETTERS)[number];

export const CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE = '正确答案必须在选项之中';

/** Whether `correct` (0-based option indexes) is non-empty, free of repeats and names only existing options. */
export function correctAnswersAmongOptions(optionCount: number, correct: readonly number[]): boolean {
  if (correct.length === 0) return false;
  if (new Set(correct).size !== correct.length) return false;
  return correct.every((i) => Number.isInteger(i) && i >= 0 && i < optionCount);
}

/** The 0-based index of an option letter (A → 0), or -1 for anything else. */
export function optionIndex(letter: string): number {
  return (OPTION_LETTERS as readonly string[]).indexOf(letter);
}
