import { describe, expect, it } from 'vitest';
import { lighthouseRow, type LighthouseScores } from './lighthouse-row.ts';

const page = { label: '门户首页', path: '/' };

describe('lighthouseRow', () => {
  it('shows both scores out of 100 and the three loading metrics', () => {
    const lhr: LighthouseScores = {
      categories: { performance: { score: 0.984 }, accessibility: { score: 1 } },
      audits: {
        'largest-contentful-paint': { numericValue: 1849.6 },
        'total-blocking-time': { numericValue: 12.4 },
        'cumulative-layout-shift': { numericValue: 0.0012 },
      },
      environment: { benchmarkIndex: 1523.4 },
    };
    expect(lighthouseRow(page, lhr)).toEqual({
      figure: 'Lighthouse mobile 门户首页 /: performance / accessibility',
      value: '98 / 100',
      goal: '100 / 100',
      note: 'LCP 1.8 s, TBT 12 ms, CLS 0.001, benchmarkIndex 1523',
    });
  });

  it('marks a score or metric Lighthouse could not compute instead of reporting zero, and says why', () => {
    const lhr: LighthouseScores = {
      categories: { performance: { score: null }, accessibility: { score: 0.9 } },
      audits: {},
      runtimeError: { code: 'NO_FCP', message: 'The page did not paint any content.' },
    };
    expect(lighthouseRow(page, lhr)).toMatchObject({
      value: '– / 90',
      note: 'LCP –, TBT –, CLS –; NO_FCP: The page did not paint any content.',
    });
  });
});
