import { VOTE_RATE_LIMITS } from '@union/schemas';
import { describe, expect, it } from 'vitest';
import { quotaCounters, rateLimitRetryAfter, voteExpiresAt, voteRateLimits, voteReceipt, voteRequestHash } from './votes.ts';

const KEY = 'unit-test-phone-hash-key-0123456789abcdef';
const voter = 'a'.repeat(64);
const request = { campaign: 'singer-2026', round: 'final', candidate: 'contestants-3' };

describe('voteReceipt', () => {
  it('is 32 lower-case hex characters, the same for the same voter and key', () => {
    const receipt = voteReceipt(KEY, voter, 'key-00000001');
    expect(receipt).toMatch(/^[0-9a-f]{32}$/);
    expect(voteReceipt(KEY, voter, 'key-00000001')).toBe(receipt);
  });

  it('differs for another voter, another Idempotency-Key or another secret', () => {
    const receipt = voteReceipt(KEY, voter, 'key-00000001');
    expect(voteReceipt(KEY, 'b'.repeat(64), 'key-00000001')).not.toBe(receipt);
    expect(voteReceipt(KEY, voter, 'key-00000002')).not.toBe(receipt);
    expect(voteReceipt(`${KEY}x`, voter, 'key-00000001')).not.toBe(receipt);
  });

  it('cannot be confused by moving characters between voter and key', () => {
    expect(voteReceipt(KEY, 'ab', 'c-key-0000')).not.toBe(voteReceipt(KEY, 'a', 'bc-key-0000'));
  });
});

describe('voteRequestHash', () => {
  it('changes with each field and the voter, and only with them', () => {
    const hash = voteRequestHash(voter, request);
    expect(voteRequestHash(voter, { ...request })).toBe(hash);
    for (const changed of [{ ...request, campaign: 'other' }, { ...request, round: 'semi' }, { ...request, candidate: 'contestants-4' }]) {
      expect(voteRequestHash(voter, changed)).not.toBe(hash);
    }
    expect(voteRequestHash('b'.repeat(64), request)).not.toBe(hash);
  });
});

describe('expiry', () => {
  it('keeps a vote 180 days after its round closes', () => {
    expect(voteExpiresAt({ closesAt: '2026-05-08T00:00:00+08:00' })).toBe(Date.parse('2026-05-08T00:00:00+08:00') / 1000 + 180 * 86_400);
  });

  it('expires day counters at the end of their day and round counters 30 days after the round', () => {
    const dayEnd = Date.parse('2026-05-04T00:00:00+08:00');
    const roundEnd = Date.parse('2026-05-08T00:00:00+08:00');
    expect(
      quotaCounters([
        { kind: 'perParticipantPerDay', limit: 5, endsAtMs: dayEnd },
        { kind: 'perParticipantPerRound', limit: 20, endsAtMs: roundEnd },
      ]),
    ).toEqual([
      { kind: 'perParticipantPerDay', limit: 5, expiresAt: dayEnd / 1000 },
      { kind: 'perParticipantPerRound', limit: 20, expiresAt: roundEnd / 1000 + 30 * 86_400 },
    ]);
  });
});

describe('voteRateLimits', () => {
  it('limits the participant per minute and per hour and the client address per hour, in aligned windows', () => {
    const nowMs = Date.parse('2026-05-03T10:17:42.500Z');
    const limits = voteRateLimits({ hash: voter, verified: true }, 'c'.repeat(64), nowMs);
    expect(limits).toEqual([
      { action: 'vote', subject: 'participant', hash: voter, windowSeconds: 60, windowStart: Date.parse('2026-05-03T10:17:00Z') / 1000, max: VOTE_RATE_LIMITS.perParticipantPerMinute.max },
      { action: 'vote', subject: 'participant', hash: voter, windowSeconds: 3600, windowStart: Date.parse('2026-05-03T10:00:00Z') / 1000, max: VOTE_RATE_LIMITS.perParticipantPerHour.max },
      { action: 'vote', subject: 'client', hash: 'c'.repeat(64), windowSeconds: 3600, windowStart: Date.parse('2026-05-03T10:00:00Z') / 1000, max: VOTE_RATE_LIMITS.perClientPerHour.max },
    ]);
  });

  it('asks a refused request to wait until every refusing window has ended', () => {
    const nowMs = Date.parse('2026-05-03T10:17:42.500Z');
    const limits = voteRateLimits({ hash: voter, verified: true }, 'c'.repeat(64), nowMs);
    expect(rateLimitRetryAfter(limits, [0], nowMs)).toBe(18);
    expect(rateLimitRetryAfter(limits, [0, 2], nowMs)).toBe(42 * 60 + 18);
  });
});
