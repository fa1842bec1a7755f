import { WEIGHTS_NOT_100_MESSAGE } from '@union/schemas';
import type { ArrayFieldValidation, NumberFieldSingleValidation } from 'payload';
import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../fields/testing.ts';
import { validatePublicWeight, validateRounds } from './rounds.ts';

const round = (startsAt: string, endsAt: string) => ({ name: '轮次', startsAt: `2019-06-${startsAt}T00:00:00.000Z`, endsAt: `2019-06-${endsAt}T00:00:00.000Z` });
const arrayOptions = validateOptions<Parameters<ArrayFieldValidation>[1]>({ minRows: 1, required: true });

describe('validateRounds', () => {
  it('accepts consecutive rounds', async () => {
    expect(await validateRounds([round('01', '05'), round('05', '10')], arrayOptions)).toBe(true);
  });

  it('names the first overlapping pair, counted from 1', async () => {
    expect(await validateRounds([round('01', '05'), round('06', '10'), round('09', '12')], arrayOptions)).toBe('第 2 轮与第 3 轮的时间重叠');
  });

  it('keeps Payload’s row count check', async () => {
    expect(await validateRounds([], arrayOptions)).not.toBe(true);
  });

  it('passes the row count the admin form state holds', async () => {
    expect(await validateRounds(3 as unknown as unknown[], arrayOptions)).toBe(true);
  });
});

describe('validatePublicWeight', () => {
  const options = (judgeWeight: number) => validateOptions<Parameters<NumberFieldSingleValidation>[1]>({ required: true, siblingData: { judgeWeight } });

  it('accepts weights adding up to 100', async () => {
    expect(await validatePublicWeight(40, options(60))).toBe(true);
  });

  it('refuses weights adding up to anything else, in Chinese', async () => {
    expect(await validatePublicWeight(50, options(60))).toBe(WEIGHTS_NOT_100_MESSAGE);
  });

  it('refuses a weight over 100 as out of range first', async () => {
    expect(await validatePublicWeight(120, options(-20))).toBe('请填写 0 到 100 之间的整数');
  });
});
