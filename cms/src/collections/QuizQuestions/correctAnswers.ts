import { CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE, correctAnswersAmongOptions, optionIndex } from '@union/schemas';
import type { SelectFieldValidation } from 'payload';
import { select } from 'payload/shared';

/** The correct answers (option letters) must name options the question has. */
export const validateCorrectAnswers: SelectFieldValidation = async (value, options) => {
  const builtIn = await select(value, options);
  if (builtIn !== true) return builtIn;
  const letters = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const rows = (options.siblingData as { options?: unknown } | undefined)?.options;
  // In the admin's form state an array's value is its row count, not the rows.
  const optionCount = Array.isArray(rows) ? rows.length : typeof rows === 'number' ? rows : 0;
  return correctAnswersAmongOptions(optionCount, letters.map(optionIndex)) ? true : CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE;
};
