// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import {
  IDEMPOTENCY_KEY_PATTERN,
  VOTING_NOT_OPEN_MESSAGES,
  findRound,
  roundWindow,
  shanghaiDay,
  voteQuotaMessage,
  voteQuotas,
  voteRequestSchema,
  votingEnabled,
  type VoteResponse,
} from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { clientAddress, header, HttpError, httpHandler, json, parseJsonBody } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { clientHash } from '../lib/otp.ts';
import {
  identifyVoter,
  quotaCounters,
  rateLimitRetryAfter,
  voteExpiresAt,
  voteRateLimits,
  voteReceipt,
  voteRequestHash,
} from '../lib/votes.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { rateLimitsRepository } from '../repositories/rate-limits.ts';
import { votesRepository, type StoredVote } from '../repositories/votes.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const votes = votesRepository(doc, env.TABLE_NAME);
const rateLimits = rateLimitsRepository(doc, env.TABLE_NAME);

/** The answer to a vote, first or replayed: what was cast, never by whom. */
const voteBody = (vote: Pick<StoredVote, 'receipt' | 'campaign' | 'round' | 'candidate' | 'castAt'>): VoteResponse => ({
  vote: { receipt: vote.receipt, campaign: vote.campaign, round: vote.round, candidate: vote.candidate, castAt: vote.castAt, counted: false },
});

/** POST /v1/votes: one vote for a candidate of an open round, within the campaign's quotas, exactly once per Idempotency-Key. */
export const handler = httpHandler(logger, async (event) => {
  const idempotencyKey = header(event, 'idempotency-key');
  if (!idempotencyKey || !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) throw new HttpError('IDEMPOTENCY_KEY_REQUIRED');
  const request = parseJsonBody(event, voteRequestSchema);

  const stored = await campaignRules.get(request.campaign);
  if (!stored) throw new HttpError('CAMPAIGN_NOT_FOUND');
  const { rules } = stored;
  if (!votingEnabled(rules)) throw new HttpError('VOTING_NOT_OPEN', { message: VOTING_NOT_OPEN_MESSAGES.DISABLED });
  const voter = identifyVoter(event, rules, env.PHONE_HASH_KEY);

  const round = findRound(rules, request.round);
  if (!round) throw new HttpError('ROUND_NOT_FOUND');
  const now = new Date();
  const window = roundWindow(round, now);
  if (!window.open) {
    throw new HttpError('VOTING_NOT_OPEN', {
      message: VOTING_NOT_OPEN_MESSAGES[window.reason],
      details: { opensAt: round.opensAt, closesAt: round.closesAt },
    });
  }
  if (!round.candidates.some((c) => c.id === request.candidate)) throw new HttpError('CANDIDATE_NOT_IN_ROUND');

  const nowMs = now.getTime();
  const limits = voteRateLimits(voter, clientHash(env.PHONE_HASH_KEY, clientAddress(event)), nowMs);
  const refused = await rateLimits.hit(limits);
  if (refused.length > 0) {
    const retryAfter = rateLimitRetryAfter(limits, refused, nowMs);
    throw new HttpError('RATE_LIMITED', { details: { retryAfter } }, { headers: { 'retry-after': String(retryAfter) } });
  }

  const receipt = voteReceipt(env.PHONE_HASH_KEY, voter.hash, idempotencyKey);
  const requestHash = voteRequestHash(voter.hash, request);
  const castAt = now.toISOString();
  const result = await votes.cast(
    {
      receipt,
      voterHash: voter.hash,
      verified: voter.verified,
      ...request,
      day: shanghaiDay(now),
      castAt,
      requestHash,
      expiresAt: voteExpiresAt(round),
    },
    quotaCounters(voteQuotas(rules, round, now)),
  );

  if (result.outcome === 'exists') {
    if (result.vote.requestHash !== requestHash) throw new HttpError('IDEMPOTENCY_KEY_REUSED');
    return json(201, voteBody(result.vote), { headers: { 'idempotency-replayed': 'true' } });
  }
  if (result.outcome === 'quota-exceeded') {
    const { kind, limit } = result.quota;
    throw new HttpError('VOTE_QUOTA_EXCEEDED', { message: voteQuotaMessage(kind, limit, round), details: { quota: kind, limit } });
  }
  logger.debug('Vote accepted', { campaign: request.campaign, round: request.round, requestId: event.requestContext.requestId });
  return json(201, voteBody({ receipt, ...request, castAt }));
});
