import { createHash, createHmac } from 'node:crypto';
import {
  VOTE_RATE_LIMITS,
  rateWindow,
  retryAfterSeconds,
  type CampaignRules,
  type VoteQuota,
  type VoteRequest,
  type VotingRound,
} from '@union/schemas';
import type { RateLimit } from '../repositories/rate-limits.ts';
import type { QuotaCounter } from '../repositories/votes.ts';
import { clientAddress, header, HttpError, type HttpEvent } from './http.ts';
import { clientHash } from './otp.ts';
import { requireParticipant } from './participant-token.ts';

const DAY_SECONDS = 24 * 60 * 60;
/** A vote (and its receipt link) is kept 180 days after its round closes, for questions and audits, then expires. */
const VOTE_RETENTION_AFTER_CLOSE_SECONDS = 180 * DAY_SECONDS;
/**
 * A round counter outlives its round by this margin: editors may extend a round after it closed, and a
 * counter swept by then would hand every voter a fresh round quota.
 */
const ROUND_QUOTA_MARGIN_SECONDS = 30 * DAY_SECONDS;

/** Who casts a vote, as a keyed hash. */
export interface Voter {
  hash: string;
  /** True: `hash` is the phone hash from a participant token. False: the client address's hash (weaker, see identifyVoter). */
  verified: boolean;
}

/**
 * The voter of a request. With a participant token, always its phone hash (a present but bad token is
 * 401 TOKEN_INVALID, never a fallback). Without one, 401 PARTICIPANT_REQUIRED when the campaign requires
 * verification; otherwise the keyed hash of the client address stands in for the voter. That is much
 * weaker: everyone behind one NAT shares one set of quotas, and anyone who changes address gets a new
 * one. Editors relax verification only for trials.
 */
export function identifyVoter(event: HttpEvent, rules: CampaignRules, phoneHashKey: string): Voter {
  if (header(event, 'authorization') !== undefined) return { hash: requireParticipant(event).sub, verified: true };
  if (rules.voting?.requiresVerifiedParticipant !== false) throw new HttpError('PARTICIPANT_REQUIRED');
  return { hash: clientHash(phoneHashKey, clientAddress(event)), verified: false };
}

/**
 * A vote's receipt: the first 128 bits (hex) of HMAC-SHA256(key, `vote\n<voter>\n<Idempotency-Key>`), so
 * a retry with the same key reaches the same item, and nobody can guess another voter's receipts.
 */
export function voteReceipt(key: string, voterHash: string, idempotencyKey: string): string {
  return createHmac('sha256', key).update(`vote\n${voterHash}\n${idempotencyKey}`, 'utf8').digest('hex').slice(0, 32);
}

/** SHA-256 of the canonical request and its voter: a retry has the same, a reused key with another body not. */
export function voteRequestHash(voterHash: string, request: VoteRequest): string {
  return createHash('sha256')
    .update(JSON.stringify([voterHash, request.campaign, request.round, request.candidate]), 'utf8')
    .digest('hex');
}

/** When a vote expires (epoch seconds). */
export function voteExpiresAt(round: Pick<VotingRound, 'closesAt'>): number {
  return Math.floor(Date.parse(round.closesAt) / 1000) + VOTE_RETENTION_AFTER_CLOSE_SECONDS;
}

/** The quota counters of a vote, each expiring once its day (or, with a margin, its round) is over. */
export function quotaCounters(quotas: readonly VoteQuota[]): QuotaCounter[] {
  return quotas.map(({ kind, limit, endsAtMs }) => ({
    kind,
    limit,
    expiresAt: Math.ceil(endsAtMs / 1000) + (kind === 'perParticipantPerRound' ? ROUND_QUOTA_MARGIN_SECONDS : 0),
  }));
}

/** The request limits of one vote at `nowMs` (thresholds and their reasons: VOTE_RATE_LIMITS). */
export function voteRateLimits(voter: Voter, clientHashValue: string, nowMs: number): RateLimit[] {
  const { perParticipantPerMinute, perParticipantPerHour, perClientPerHour } = VOTE_RATE_LIMITS;
  const limit = (subject: RateLimit['subject'], hash: string, { windowSeconds, max }: { windowSeconds: number; max: number }): RateLimit => ({
    action: 'vote',
    subject,
    hash,
    windowSeconds,
    windowStart: rateWindow(nowMs, windowSeconds).start,
    max,
  });
  return [
    limit('participant', voter.hash, perParticipantPerMinute),
    limit('participant', voter.hash, perParticipantPerHour),
    limit('client', clientHashValue, perClientPerHour),
  ];
}

/** Seconds until every refusing window has ended: the Retry-After of a refused request. */
export function rateLimitRetryAfter(limits: readonly RateLimit[], refused: readonly number[], nowMs: number): number {
  const ends = refused.map((i) => {
    const limit = limits[i];
    if (!limit) throw new Error(`No rate limit ${i}`);
    return (limit.windowStart + limit.windowSeconds) * 1000;
  });
  return retryAfterSeconds(nowMs, Math.max(...ends));
}
