import { describe, expect, it } from 'vitest';
import { weightsSumTo100 } from './contest.ts';

describe('weightsSumTo100', () => {
  it('accepts weights adding up to 100, including all to one side', () => {
    expect(weightsSumTo100(70, 30)).toBe(true);
    expect(weightsSumTo100(100, 0)).toBe(true);
  });

  it('refuses weights adding up to anything else', () => {
    expect(weightsSumTo100(70, 40)).toBe(false);
    expect(weightsSumTo100(50, 49)).toBe(false);
  });

  it('refuses missing, negative, oversized and non-finite weights', () => {
    expect(weightsSumTo100(null, 100)).toBe(false);
    expect(weightsSumTo100(120, -20)).toBe(false);
    expect(weightsSumTo100(Number.NaN, 100)).toBe(false);
  });
});
