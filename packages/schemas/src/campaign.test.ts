import { describe, expect, it } from 'vitest';
import {
  campaignRulesSchema,
  campaignStatus,
  MAX_ALL_MODEL_WORKERS_CANDIDATES,
  MAX_RULES_SNAPSHOT_BYTES,
  MAX_SELECTED_CANDIDATES,
  NOT_A_MODEL_WORKER_MESSAGE,
  RULES_TOO_LARGE_MESSAGE,
  TOO_MANY_MODEL_WORKERS_MESSAGE,
  TOO_MANY_SELECTED_CANDIDATES_MESSAGE,
  capacityBelowRegistrationsMessage,
  registrationCapacity,
  registrationWindow,
  waitlistCapacity,
} from './campaign.ts';
import { fieldErrors } from './errors.ts';
import { maskPhone } from './phone.ts';
import { QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE } from './rules.ts';

describe('campaignStatus', () => {
  const dates = { startsAt: '2019-04-01T00:00:00+08:00', endsAt: '2019-04-30T23:59:59+08:00' };
  it('is upcoming before the start', () => {
    expect(campaignStatus(dates, new Date('2019-03-31T12:00:00+08:00'))).toBe('upcoming');
  });
  it('is running between start and end', () => {
    expect(campaignStatus(dates, new Date('2019-04-15T12:00:00+08:00'))).toBe('running');
  });
  it('is ended after the end', () => {
    expect(campaignStatus(dates, new Date('2019-05-01T00:00:00+08:00'))).toBe('ended');
  });
  it('keeps running without an end date', () => {
    expect(campaignStatus({ startsAt: dates.startsAt }, new Date('2030-01-01'))).toBe('running');
  });
});

describe('registrationWindow', () => {
  const base = { enabled: true, opensAt: '2019-04-01T00:00:00+08:00', closesAt: '2019-04-10T00:00:00+08:00' };
  it('is open inside the window', () => {
    expect(registrationWindow({ registration: base }, new Date('2019-04-05T00:00:00+08:00'))).toEqual({ open: true });
  });
  it('says why it is closed', () => {
    expect(registrationWindow({ registration: { ...base, enabled: false } })).toEqual({ open: false, reason: 'DISABLED' });
    expect(registrationWindow({ registration: base }, new Date('2019-03-01T00:00:00+08:00'))).toEqual({ open: false, reason: 'NOT_STARTED' });
    expect(registrationWindow({ registration: base }, new Date('2019-05-01T00:00:00+08:00'))).toEqual({ open: false, reason: 'ENDED' });
  });
  it('is open at any time when no window is set', () => {
    expect(registrationWindow({ registration: { enabled: true, opensAt: null, closesAt: null } })).toEqual({ open: true });
  });
});

describe('campaignRulesSchema', () => {
  const snapshot = {
    slug: 'reading-2019',
    title: '第十届职工读书月',
    kind: 'reading-month',
    registration: { enabled: true, opensAt: null, closesAt: null },
    updatedAt: '2019-04-01T00:00:00.000Z',
  };
  const withCapacity = (capacity: unknown) => ({ ...snapshot, registration: { ...snapshot.registration, capacity } });

  it('refuses an unknown kind', () => {
    expect(campaignRulesSchema.safeParse({ ...snapshot, kind: 'lottery' }).success).toBe(false);
  });

  it('accepts a snapshot without a capacity, as an older CMS sends it', () => {
    const result = campaignRulesSchema.safeParse(snapshot);
    expect(result.success).toBe(true);
    expect(result.data?.registration).not.toHaveProperty('capacity');
  });

  it.each([[null], [1], [30], [Number.MAX_SAFE_INTEGER]])('accepts a capacity of %s', (capacity) => {
    expect(campaignRulesSchema.safeParse(withCapacity(capacity)).data?.registration.capacity).toBe(capacity);
  });

  it.each([[0], [-5], [2.5], ['30'], [Number.POSITIVE_INFINITY], [Number.MAX_SAFE_INTEGER + 2]])(
    'refuses a capacity of %s with a Chinese message',
    (capacity) => {
      const result = campaignRulesSchema.safeParse(withCapacity(capacity));
      expect(result.success).toBe(false);
      expect(fieldErrors(result.error!.issues)).toEqual([{ field: 'registration.capacity', message: '名额必须为正整数' }]);
    },
  );
});

describe('waitlistCapacity', () => {
  const registration = { enabled: true, opensAt: null, closesAt: null, capacity: 10 };
  it('is unlimited (null) unless set, and 0 means no waitlist', () => {
    expect(waitlistCapacity({ registration })).toBeNull();
    expect(waitlistCapacity({ registration: { ...registration, waitlistCapacity: null } })).toBeNull();
    expect(waitlistCapacity({ registration: { ...registration, waitlistCapacity: 0 } })).toBe(0);
    expect(waitlistCapacity({ registration: { ...registration, waitlistCapacity: 5 } })).toBe(5);
  });

  it('is validated as a non-negative integer in the rules snapshot', () => {
    const snapshot = { slug: 's', title: 't', kind: 'reading-month', updatedAt: '2026-01-01T00:00:00Z' };
    for (const bad of [-1, 1.5, '3']) {
      const result = campaignRulesSchema.safeParse({ ...snapshot, registration: { ...registration, waitlistCapacity: bad } });
      expect(result.success).toBe(false);
    }
    expect(campaignRulesSchema.safeParse({ ...snapshot, registration: { ...registration, waitlistCapacity: 0 } }).success).toBe(true);
  });
});

describe('registrationCapacity', () => {
  const registration = { enabled: true, opensAt: null, closesAt: null };
  it('is the capacity when one is set', () => {
    expect(registrationCapacity({ registration: { ...registration, capacity: 30 } })).toBe(30);
  });
  it('is null (unlimited) when the capacity is null or absent', () => {
    expect(registrationCapacity({ registration: { ...registration, capacity: null } })).toBeNull();
    expect(registrationCapacity({ registration })).toBeNull();
  });
});

describe('capacityBelowRegistrationsMessage', () => {
  it('names the refused capacity and the registrations already taken', () => {
    expect(capacityBelowRegistrationsMessage(30, 42)).toBe('名额（30）不能少于已报名人数（42）');
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});

describe('campaignRulesSchema voting', () => {
  const base = {
    slug: 'singer-contest-2019',
    title: '第四届职工歌手大赛',
    kind: 'singer-contest',
    registration: { enabled: false, opensAt: null, closesAt: null },
    updatedAt: '2019-03-30T08:00:00.000Z',
  } as const;
  const voting = { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: null };

  it('accepts nested vote quotas, and snapshots without voting', () => {
    expect(campaignRulesSchema.safeParse({ ...base, voting }).success).toBe(true);
    expect(campaignRulesSchema.safeParse(base).success).toBe(true);
  });

  it('takes an optional positive flag threshold per minute, and null for none', () => {
    expect(campaignRulesSchema.safeParse({ ...base, voting: { ...voting, flagVotesPerMinute: 600 } }).success).toBe(true);
    expect(campaignRulesSchema.safeParse({ ...base, voting: { ...voting, flagVotesPerMinute: null } }).success).toBe(true);
    for (const bad of [0, -5, 1.5, '600']) {
      const result = campaignRulesSchema.safeParse({ ...base, voting: { ...voting, flagVotesPerMinute: bad } });
      expect(result.success, String(bad)).toBe(false);
      expect(result.error?.issues[0]?.path.join('.')).toBe('voting.flagVotesPerMinute');
    }
  });

  it('refuses quotas that cannot apply, naming the field in Chinese', () => {
    const result = campaignRulesSchema.safeParse({ ...base, voting: { ...voting, perCandidatePerDay: 20 } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['voting.perCandidatePerDay', QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE]]);
  });

  describe('rounds', () => {
    const round = { id: 'likes', name: '劳模点赞', opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2020-04-01T00:00:00.000Z' };
    const workers = (count: number, name = (i: number) => `劳模${i}`) =>
      Array.from({ length: count }, (_, i) => ({ id: `model-workers-${i + 1}`, name: name(i) }));
    const withRounds = (...rounds: unknown[]) => ({ ...base, voting: { ...voting, rounds } });
    const problems = (snapshot: unknown) => campaignRulesSchema.safeParse(snapshot).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

    it('takes a round of every published model worker up to its own limit, and picked rounds up to theirs', () => {
      const all = { ...round, candidateSource: 'all-model-workers', candidates: workers(MAX_ALL_MODEL_WORKERS_CANDIDATES) };
      expect(problems(withRounds(all))).toEqual([]);
      expect(problems(withRounds({ ...all, candidates: workers(MAX_ALL_MODEL_WORKERS_CANDIDATES + 1) }))).toEqual([
        ['voting.rounds.0.candidates', TOO_MANY_MODEL_WORKERS_MESSAGE],
      ]);
      // A round without a source is one an editor picked, as every snapshot before sources existed.
      const picked = { ...round, candidates: workers(MAX_SELECTED_CANDIDATES) };
      expect(problems(withRounds(picked, { ...picked, id: 'picked', candidateSource: 'selected' }))).toEqual([]);
      expect(problems(withRounds({ ...picked, candidates: workers(MAX_SELECTED_CANDIDATES + 1) }))).toEqual([
        ['voting.rounds.0.candidates', TOO_MANY_SELECTED_CANDIDATES_MESSAGE],
      ]);
    });

    it('holds 2,000 model workers with the longest names the CMS takes, within the size the API can store', () => {
      const longest = () => '劳'.repeat(32);
      const snapshot = withRounds({ ...round, candidateSource: 'all-model-workers', candidates: workers(2_000, longest).map((c, i) => ({ ...c, id: `model-workers-${10_000 + i}` })) });
      expect(problems(snapshot)).toEqual([]);
      expect(new TextEncoder().encode(JSON.stringify(snapshot)).byteLength).toBeLessThan(MAX_RULES_SNAPSHOT_BYTES);
    });

    it('refuses a snapshot larger than the API can store, naming the rounds in Chinese', () => {
      const all = (id: string) => ({ ...round, id, candidateSource: 'all-model-workers', candidates: workers(1_500, () => '劳'.repeat(32)) });
      expect(problems(withRounds(all('a')))).toEqual([]);
      expect(problems(withRounds(all('a'), all('b')))).toEqual([['voting.rounds', RULES_TOO_LARGE_MESSAGE]]);
    });

    it('refuses anyone but model workers in a round of every model worker', () => {
      const candidates = [...workers(2), { id: 'contestants-3', name: '星光组合' }];
      expect(problems(withRounds({ ...round, candidateSource: 'all-model-workers', candidates }))).toEqual([
        ['voting.rounds.0.candidates.2.id', NOT_A_MODEL_WORKER_MESSAGE],
      ]);
      expect(problems(withRounds({ ...round, candidateSource: 'selected', candidates }))).toEqual([]);
    });

    it('refuses an unknown candidate source', () => {
      expect(problems(withRounds({ ...round, candidateSource: 'everyone', candidates: [] })).map(([path]) => path)).toEqual(['voting.rounds.0.candidateSource']);
    });
  });
});
