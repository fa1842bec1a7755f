// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { candidateId, roundId, type CandidateResultResponse } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, pathSlug } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { RESULTS_CACHE_CONTROL, resultsCache } from '../lib/results-cache.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { talliesRepository } from '../repositories/tallies.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const tallies = talliesRepository(doc, env.TABLE_NAME);
// Module scope: one entry per candidate read, living as long as the warm Lambda.
const cache = resultsCache<CandidateResultResponse>();

/**
 * GET /v1/results/{slug}/{round}/{candidate}: one candidate's totals (accepted minus voided), read from
 * that candidate's counters only, for a page about one candidate (a 劳模's 点赞 count) in a round of
 * thousands. Public and cached like the round's results.
 */
export const handler = httpHandler(logger, async (event) => {
  const slug = pathSlug(event);
  const parsedRound = roundId.safeParse(event.pathParameters?.round);
  if (!parsedRound.success) throw new HttpError('ROUND_NOT_FOUND');
  const parsedCandidate = candidateId.safeParse(event.pathParameters?.candidate);
  if (!parsedCandidate.success) throw new HttpError('CANDIDATE_NOT_FOUND');
  const cacheKey = `${slug}\u0000${parsedRound.data}\u0000${parsedCandidate.data}`;
  const now = Date.now();
  const hit = cache.get(cacheKey, now);
  if (hit) return json(200, hit.body, { cacheControl: hit.cacheControl });

  const stored = await campaignRules.get(slug);
  if (!stored) throw new HttpError('CAMPAIGN_NOT_FOUND');
  const round = stored.rules.voting?.rounds?.find((r) => r.id === parsedRound.data);
  if (!round) throw new HttpError('ROUND_NOT_FOUND');
  const candidate = round.candidates.find((c) => c.id === parsedCandidate.data);
  if (!candidate) throw new HttpError('CANDIDATE_NOT_FOUND');

  const total = await tallies.total(slug, round.id, candidate.id);
  const body: CandidateResultResponse = {
    result: {
      campaign: slug,
      round: round.id,
      roundName: round.name,
      candidate: candidate.id,
      name: candidate.name,
      votes: total.accepted - total.voided,
      voided: total.voided,
      updatedAt: total.updatedAt,
    },
  };
  cache.set(cacheKey, body, now);
  return json(200, body, { cacheControl: RESULTS_CACHE_CONTROL });
});
