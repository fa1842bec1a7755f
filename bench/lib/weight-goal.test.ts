import { describe, expect, it } from 'vitest';
import { weightGoal, type PageBytes } from './weight-goal.ts';

const bytes = (js: number, gzipEach: number): PageBytes => ({ html: 9000, css: 12000, js, gzip: { html: gzipEach, css: gzipEach, js: js ? gzipEach : 0 } });

describe('weightGoal', () => {
  it('asks a page without an island for no JavaScript at all', () => {
    expect(weightGoal({ island: false }, bytes(0, 3000))).toEqual({ goal: 'JS 0', met: true });
    expect(weightGoal({ island: false }, bytes(1, 3000))).toEqual({ goal: 'JS 0', met: false });
  });

  it('has no number for an island page without a ceiling', () => {
    expect(weightGoal({ island: true }, bytes(80_000, 3000))).toEqual({ goal: 'island only', met: undefined });
  });

  it('holds an island page with a ceiling to HTML + CSS + JS gzip, images not counted', () => {
    const ceiling = 30 * 1024;
    expect(weightGoal({ island: true, maxGzipBytes: ceiling }, bytes(50_000, 10_240))).toEqual({ goal: '≤ 30.0 KB gzip', met: true });
    expect(weightGoal({ island: true, maxGzipBytes: ceiling }, bytes(50_000, 10_241))).toEqual({ goal: '≤ 30.0 KB gzip', met: false });
  });

  it('holds a page without an island to both goals when it has a ceiling', () => {
    expect(weightGoal({ island: false, maxGzipBytes: 1000 }, bytes(0, 600))).toEqual({ goal: 'JS 0, ≤ 1.0 KB gzip', met: false });
  });
});
