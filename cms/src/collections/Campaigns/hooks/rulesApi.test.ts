import { describe, expect, it } from 'vitest';
import { campaignRulesSchema } from '@union/schemas';
import { buildRulesSnapshot } from './rulesApi.ts';

const doc = {
  slug: 'reading-month-2019',
  title: '第十届职工读书月',
  kind: 'reading-month',
  registration: { enabled: true, opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-20T00:00:00.000Z', capacity: 120, requiresVerifiedParticipant: false },
  voting: { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: null, flagVotesPerMinute: null, rounds: [] },
  updatedAt: '2019-03-30T08:00:00.000Z',
};

describe('buildRulesSnapshot', () => {
  it('keeps exactly the fields the participation API needs', () => {
    expect(buildRulesSnapshot({ ...doc, summary: '摘要', body: {} } as typeof doc)).toEqual(doc);
  });

  it('writes dates as ISO strings in UTC', () => {
    const snapshot = buildRulesSnapshot({
      ...doc,
      registration: { enabled: true, opensAt: '2019-04-01T08:00:00+08:00', closesAt: null },
      updatedAt: '2019-03-30 08:00:00+00',
    });
    expect(snapshot.registration.opensAt).toBe('2019-04-01T00:00:00.000Z');
    expect(snapshot.updatedAt).toBe('2019-03-30T08:00:00.000Z');
  });

  it('sends registration as closed with no window when the group was never filled in', () => {
    expect(buildRulesSnapshot({ ...doc, registration: null }).registration).toEqual({ enabled: false, opensAt: null, closesAt: null, capacity: null, requiresVerifiedParticipant: false });
  });

  it('sends no capacity while registration is closed, and unlimited when none is set', () => {
    expect(buildRulesSnapshot({ ...doc, registration: { ...doc.registration, enabled: false } }).registration.capacity).toBeNull();
    expect(buildRulesSnapshot({ ...doc, registration: { ...doc.registration, capacity: null } }).registration.capacity).toBeNull();
  });

  it('sends closed voting with verification on when the group was never filled in', () => {
    expect(buildRulesSnapshot({ ...doc, voting: null }).voting).toEqual({
      enabled: false,
      requiresVerifiedParticipant: true,
      perParticipantPerDay: null,
      perCandidatePerDay: null,
      perParticipantPerRound: null,
      flagVotesPerMinute: null,
      rounds: [],
    });
  });

  const round = {
    id: '6650f0c2a1b2c3d4e5f60718',
    name: '决赛大众投票',
    opensAt: '2019-06-01T08:00:00+08:00',
    closesAt: '2019-06-10 00:00:00+00',
    candidates: [
      { relationTo: 'contestants', value: 12 },
      { relationTo: 'model-workers', value: { id: 7 } },
      { relationTo: 'contestants', value: 13 },
    ],
  };
  const published = new Map([
    ['contestants-12', '星光组合'],
    ['model-workers-7', '陈立新'],
  ]);

  it('sends each round with its row id, UTC window and published candidates by `<collection>-<id>` and name', () => {
    const snapshot = buildRulesSnapshot({ ...doc, voting: { ...doc.voting, flagVotesPerMinute: 300, rounds: [round] } }, published);
    expect(campaignRulesSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.voting?.flagVotesPerMinute).toBe(300);
    expect(snapshot.voting?.rounds).toEqual([
      {
        id: '6650f0c2a1b2c3d4e5f60718',
        name: '决赛大众投票',
        opensAt: '2019-06-01T00:00:00.000Z',
        closesAt: '2019-06-10T00:00:00.000Z',
        // contestants-13 is not published: the public must not vote for what it cannot see.
        candidates: [
          { id: 'contestants-12', name: '星光组合' },
          { id: 'model-workers-7', name: '陈立新' },
        ],
      },
    ]);
  });

  it('refuses a round whose window closes before it opens', () => {
    expect(() => buildRulesSnapshot({ ...doc, voting: { ...doc.voting, rounds: [{ ...round, closesAt: round.opensAt }] } }, published)).toThrow();
  });

  it('refuses a campaign whose kind the API does not know', () => {
    expect(() => buildRulesSnapshot({ ...doc, kind: 'lottery' })).toThrow();
  });
});
