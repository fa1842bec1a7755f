import { describe, expect, it } from 'vitest';
import { exceedsFlagRate, rankCandidates, voteVoidRequestSchema } from './results.ts';

const c = (id: string, votes: number) => ({ id, name: id, votes, voided: 0 });

describe('rankCandidates', () => {
  it('ranks by votes with shared ranks for ties ("1224")', () => {
    const ranked = rankCandidates([c('a', 5), c('b', 9), c('c', 9), c('d', 1)]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
      ['d', 4],
    ]);
  });

  it('keeps the rules order among tied candidates', () => {
    expect(rankCandidates([c('z', 0), c('y', 0), c('x', 0)]).map((r) => [r.id, r.rank])).toEqual([
      ['z', 1],
      ['y', 1],
      ['x', 1],
    ]);
  });

  it('ranks an empty round as empty', () => {
    expect(rankCandidates([])).toEqual([]);
  });
});

describe('exceedsFlagRate', () => {
  it('flags only strictly above a set threshold', () => {
    expect(exceedsFlagRate(600, 600)).toBe(false);
    expect(exceedsFlagRate(601, 600)).toBe(true);
    expect(exceedsFlagRate(10_000, null)).toBe(false);
    expect(exceedsFlagRate(10_000, undefined)).toBe(false);
  });
});

describe('voteVoidRequestSchema', () => {
  it('accepts a reason and an editor, trimmed', () => {
    expect(voteVoidRequestSchema.parse({ reason: ' 刷票 ', by: '编辑甲' })).toEqual({ reason: '刷票', by: '编辑甲' });
  });

  it.each([
    [{ reason: '', by: '编辑甲' }],
    [{ reason: '   ', by: '编辑甲' }],
    [{ reason: 'x'.repeat(201), by: '编辑甲' }],
    [{ reason: '刷票', by: 'x'.repeat(101) }],
    [{ reason: '刷票' }],
    [{ reason: '刷票', by: '编辑甲', extra: 1 }],
  ])('refuses %j', (body) => {
    expect(voteVoidRequestSchema.safeParse(body).success).toBe(false);
  });
});
