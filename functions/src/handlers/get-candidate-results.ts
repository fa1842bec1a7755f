// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { candidateId, roundId, type CandidateResultResponse } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, pathSlug } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { resultsCache } from '../lib/results-cache.ts';
import { storedRound } from '../lib/rounds.ts';
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
  const key = `${slug}\u0000${parsedRound.data}\u0000${parsedCandidate.data}`;
  const { body, cacheControl } = await cache.read(key, Date.now(), async () => {
    const round = await storedRound(campaignRules, slug, parsedRound.data);
    const candidate = round.candidates.find((c) => c.id === parsedCandidate.data);
    if (!candidate) throw new HttpError('CANDIDATE_NOT_FOUND');
    const total = await tallies.total(slug, round.id, candidate.id);
    return {
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
  });
  return json(200, body, { cacheControl });
});
