import { describe, expect, it } from 'vitest';
import { buildRulesSnapshot } from './rulesApi.ts';

const doc = {
  slug: 'reading-month-2019',
  title: '第十届职工读书月',
  kind: 'reading-month',
  registration: { enabled: true, opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-20T00:00:00.000Z', capacity: 120, requiresVerifiedParticipant: false },
  voting: { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: null },
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
    });
  });

  it('refuses a campaign whose kind the API does not know', () => {
    expect(() => buildRulesSnapshot({ ...doc, kind: 'lottery' })).toThrow();
  });
});
