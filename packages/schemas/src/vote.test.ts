import { describe, expect, it } from 'vitest';
import {
  IDEMPOTENCY_KEY_PATTERN,
  findRound,
  roundWindow,
  shanghaiDay,
  shanghaiDayEndMs,
  voteQuotaMessage,
  voteQuotas,
  voteRequestSchema,
} from './vote.ts';

const round = { id: 'r1', name: '初赛', opensAt: '2026-05-01T00:00:00+08:00', closesAt: '2026-05-08T00:00:00+08:00', candidates: [{ id: 'contestants-12', name: '李娜' }] };

describe('shanghaiDay', () => {
  it.each([
    ['2026-04-30T15:59:59.999Z', '2026-04-30'],
    ['2026-04-30T16:00:00.000Z', '2026-05-01'],
    ['2026-05-01T00:00:00+08:00', '2026-05-01'],
    ['2026-05-01T23:59:59.999+08:00', '2026-05-01'],
    ['2026-12-31T16:00:00Z', '2027-01-01'],
    ['2028-02-28T16:30:00Z', '2028-02-29'],
    // No daylight saving: a date that would shift in a DST zone stays at UTC+8.
    ['2026-07-01T15:59:59Z', '2026-07-01'],
  ])('puts %s on %s', (instant, day) => {
    expect(shanghaiDay(new Date(instant))).toBe(day);
  });
});

describe('shanghaiDayEndMs', () => {
  it('is the next Shanghai midnight, whatever the hour of the day', () => {
    for (const instant of ['2026-05-01T00:00:00+08:00', '2026-05-01T12:34:56+08:00', '2026-05-01T23:59:59.999+08:00']) {
      expect(new Date(shanghaiDayEndMs(new Date(instant))).toISOString()).toBe('2026-05-01T16:00:00.000Z');
    }
  });

  it('ends the day exactly where the next one begins', () => {
    const end = shanghaiDayEndMs(new Date('2026-05-01T08:00:00Z'));
    expect(shanghaiDay(new Date(end - 1))).toBe('2026-05-01');
    expect(shanghaiDay(new Date(end))).toBe('2026-05-02');
  });
});

describe('roundWindow', () => {
  it('is closed before opensAt, open from opensAt and closed from closesAt on', () => {
    expect(roundWindow(round, new Date('2026-04-30T23:59:59.999+08:00'))).toEqual({ open: false, reason: 'NOT_STARTED' });
    expect(roundWindow(round, new Date('2026-05-01T00:00:00+08:00'))).toEqual({ open: true });
    expect(roundWindow(round, new Date('2026-05-07T23:59:59.999+08:00'))).toEqual({ open: true });
    expect(roundWindow(round, new Date('2026-05-08T00:00:00+08:00'))).toEqual({ open: false, reason: 'ENDED' });
  });
});

describe('findRound', () => {
  it('finds a round by id, and nothing when voting or rounds are absent', () => {
    const voting = { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 1, perCandidatePerDay: null, perParticipantPerRound: null };
    expect(findRound({ voting: { ...voting, rounds: [round] } }, 'r1')).toBe(round);
    expect(findRound({ voting: { ...voting, rounds: [round] } }, 'r2')).toBeUndefined();
    expect(findRound({ voting }, 'r1')).toBeUndefined();
    expect(findRound({}, 'r1')).toBeUndefined();
  });
});

describe('voteQuotas', () => {
  const now = new Date('2026-05-03T10:00:00+08:00');
  const dayEnd = Date.parse('2026-05-04T00:00:00+08:00');

  it('lists the configured quotas in a fixed order, the daily ones ending at Shanghai midnight and the round one at its close', () => {
    const voting = { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 5, perCandidatePerDay: 1, perParticipantPerRound: 20 };
    expect(voteQuotas({ voting }, round, now)).toEqual([
      { kind: 'perParticipantPerDay', limit: 5, endsAtMs: dayEnd },
      { kind: 'perCandidatePerDay', limit: 1, endsAtMs: dayEnd },
      { kind: 'perParticipantPerRound', limit: 20, endsAtMs: Date.parse(round.closesAt) },
    ]);
  });

  it('leaves out quotas set to null', () => {
    const voting = { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: null, perCandidatePerDay: null, perParticipantPerRound: 3 };
    expect(voteQuotas({ voting }, round, now).map((q) => q.kind)).toEqual(['perParticipantPerRound']);
  });
});

describe('voteQuotaMessage', () => {
  it('names the quota in Chinese', () => {
    expect(voteQuotaMessage('perParticipantPerDay', 3)).toContain('今日投票次数已用完');
    expect(voteQuotaMessage('perCandidatePerDay', 1)).toContain('今天已为该选手投过票');
    expect(voteQuotaMessage('perCandidatePerDay', 2)).toContain('今天已为该选手投满 2 票');
    expect(voteQuotaMessage('perParticipantPerRound', 10)).toContain('本轮投票次数已用完');
    expect(voteQuotaMessage('perCandidatePerDay', 1, { candidateSource: 'selected' })).toContain('今天已为该选手投过票');
  });

  it('speaks of likes in a round of every published model worker', () => {
    const likes = { candidateSource: 'all-model-workers' } as const;
    expect(voteQuotaMessage('perParticipantPerDay', 50, likes)).toBe('今日点赞次数已用完（每天 50 次），请明天再来');
    expect(voteQuotaMessage('perCandidatePerDay', 1, likes)).toBe('今天已为这位劳模点过赞，请明天再来');
    expect(voteQuotaMessage('perCandidatePerDay', 3, likes)).toBe('今天已为这位劳模点满 3 次赞，请明天再来');
    expect(voteQuotaMessage('perParticipantPerRound', 100, likes)).toBe('本轮点赞次数已用完（每轮 100 次）');
  });
});

describe('voteRequestSchema', () => {
  const valid = { campaign: 'singer-2026', round: 'r1_A-b', candidate: 'contestants-12' };

  it('accepts a vote', () => {
    expect(voteRequestSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['a missing candidate', { campaign: 'singer-2026', round: 'r1' }, 'candidate', '请填写候选人'],
    ['a numeric round', { ...valid, round: 7 }, 'round', '投票轮次格式不正确'],
    ['an upper-case campaign', { ...valid, campaign: 'Singer' }, 'campaign', '活动编号无效'],
    ['a candidate with a slash', { ...valid, candidate: 'contestants/12' }, 'candidate', '候选人编号无效'],
  ])('refuses %s with a Chinese message', (_label, input, field, message) => {
    const result = voteRequestSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });

  it('refuses extra fields', () => {
    expect(voteRequestSchema.safeParse({ ...valid, phone: '13912345678' }).success).toBe(false);
  });
});

describe('IDEMPOTENCY_KEY_PATTERN', () => {
  it('takes 8 to 128 characters of [A-Za-z0-9_-]', () => {
    expect(IDEMPOTENCY_KEY_PATTERN.test('a1B2-c_3')).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(128))).toBe(true);
    expect(IDEMPOTENCY_KEY_PATTERN.test('a1B2-c_')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('x'.repeat(129))).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('abc def 1')).toBe(false);
    expect(IDEMPOTENCY_KEY_PATTERN.test('abcdefgh\n')).toBe(false);
  });
});
