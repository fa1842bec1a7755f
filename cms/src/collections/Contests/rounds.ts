import { overlappingRoundsMessage, overlappingWindows, WEIGHTS_NOT_100_MESSAGE, weightsSumTo100 } from '@union/schemas';
import type { ArrayFieldValidation, NumberFieldSingleValidation } from 'payload';
import { array } from 'payload/shared';
import { integerInRange } from '../../fields/integerField.ts';

interface RoundRow {
  startsAt?: string | Date | null;
  endsAt?: string | Date | null;
}

/** The rounds of a contest may not share any time; the first overlapping pair is named. */
export const validateRounds: ArrayFieldValidation = async (value, options) => {
  const builtIn = await array(value, options);
  if (builtIn !== true) return builtIn;
  // In the admin's form state an array's value is its row count, not the rows.
  if (!Array.isArray(value)) return true;
  const [first] = overlappingWindows(value as RoundRow[]);
  return first ? overlappingRoundsMessage(first) : true;
};

const weightInRange = integerInRange(0, 100);

/** The public weight of a round, which with its sibling judge weight must add up to 100. */
export const validatePublicWeight: NumberFieldSingleValidation = async (value, options) => {
  const inRange = await weightInRange(value, options);
  if (inRange !== true) return inRange;
  const judge = (options.siblingData as { judgeWeight?: number | null } | undefined)?.judgeWeight;
  return weightsSumTo100(judge, value) ? true : WEIGHTS_NOT_100_MESSAGE;
};
