import { describe, expect, it } from 'vitest';
import { overlappingRoundsMessage, overlappingWindows, windowsEndingBeforeStart } from './windows.ts';

const w = (startsAt: string, endsAt: string) => ({ startsAt: `2019-06-${startsAt}T00:00:00.000Z`, endsAt: `2019-06-${endsAt}T00:00:00.000Z` });

describe('overlappingWindows', () => {
  it('finds nothing in consecutive windows, even when one ends as the next starts', () => {
    expect(overlappingWindows([w('01', '05'), w('05', '10'), w('11', '20')])).toEqual([]);
  });

  it('returns every overlapping index pair, lower index first', () => {
    expect(overlappingWindows([w('01', '10'), w('05', '12'), w('20', '25'), w('09', '21')])).toEqual([
      [0, 1],
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it('sees a window inside another as overlapping, whatever the order', () => {
    expect(overlappingWindows([w('03', '04'), w('01', '10')])).toEqual([[0, 1]]);
  });

  it('ignores incomplete windows and windows that end before they start', () => {
    expect(overlappingWindows([w('01', '10'), { startsAt: '2019-06-02T00:00:00.000Z', endsAt: null }, w('09', '02')])).toEqual([]);
  });

  it('accepts Date objects', () => {
    expect(overlappingWindows([{ startsAt: new Date('2019-06-01'), endsAt: new Date('2019-06-03') }, w('02', '04')])).toEqual([[0, 1]]);
  });
});

describe('windowsEndingBeforeStart', () => {
  it('names the windows whose end is before their start', () => {
    expect(windowsEndingBeforeStart([w('01', '05'), w('09', '02'), w('03', '03')])).toEqual([1]);
  });
});

describe('overlappingRoundsMessage', () => {
  it('numbers rounds from 1 in Chinese', () => {
    expect(overlappingRoundsMessage([0, 2])).toBe('第 1 轮与第 3 轮的时间重叠');
  });
});
