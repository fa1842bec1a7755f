import { describe, expect, it } from 'vitest';
import { minuteOf, planTally, type VoteChange } from './tally-plan.ts';

const vote = (n: number, candidate = `contestants-${n % 3}`, kind: VoteChange['kind'] = 'accepted'): VoteChange => ({
  kind,
  key: { pk: `VOTE#${String(n).padStart(32, '0')}`, sk: 'VOTE' },
  campaign: 'singer-contest',
  round: 'final',
  candidate,
  castAt: `2026-05-01T02:0${n % 2}:30.000Z`,
});

const itemsOf = (chunk: { votes: unknown[]; totals: unknown[]; rates: unknown[] }) => chunk.votes.length + chunk.totals.length + chunk.rates.length;

describe('planTally', () => {
  it('aggregates votes per candidate and minute into chunks of at most 100 items', () => {
    const changes = Array.from({ length: 500 }, (_, n) => vote(n));
    const chunks = planTally(changes, { pickShard: () => 3 });
    expect(chunks.every((c) => itemsOf(c) <= 100)).toBe(true);
    expect(chunks.flatMap((c) => c.votes)).toEqual(changes);
    expect(chunks.flatMap((c) => c.totals).reduce((sum, t) => sum + t.accepted, 0)).toBe(500);
    expect(chunks.flatMap((c) => c.rates).reduce((sum, r) => sum + r.accepted, 0)).toBe(500);
    // Three totals and six candidate-minutes (three candidates in two minutes) next to 91 votes.
    expect(chunks[0]?.votes).toHaveLength(91);
    expect(chunks[0]?.totals.map((t) => t.shard)).toEqual([3, 3, 3]);
  });

  it('never puts the same vote twice in one chunk, and drops exact duplicates', () => {
    const first = vote(1, 'contestants-1');
    const chunks = planTally([first, vote(2), first, { ...first, kind: 'voided' }, vote(3)], { pickShard: () => 0 });
    expect(chunks.map((c) => c.votes.map((v) => `${v.kind}:${v.key.pk.slice(-1)}`))).toEqual([['accepted:1', 'accepted:2'], ['voided:1', 'accepted:3']]);
    expect(chunks[1]?.totals.find((t) => t.candidate === 'contestants-1')).toMatchObject({ accepted: 0, voided: 1 });
  });

  it('counts minutes only for campaigns that ask for them', () => {
    const chunks = planTally([vote(1), vote(2)], { pickShard: () => 0, rates: () => false });
    expect(chunks[0]?.rates).toEqual([]);
  });
});

describe('minuteOf', () => {
  it('gives the UTC minute of an instant in any offset', () => {
    expect(minuteOf('2026-05-01T10:05:59.999+08:00')).toBe('2026-05-01T02:05');
    expect(minuteOf('2026-05-01T02:05:00.000Z')).toBe('2026-05-01T02:05');
  });
});
