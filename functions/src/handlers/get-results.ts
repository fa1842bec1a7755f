// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { rankCandidates, roundId } from '@union/schemas';
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

// Module scope: one entry per round, living as long as the warm Lambda.
const cache = resultsCache<unknown>();

/**
 * GET /v1/results/{slug}/{round}: a round's totals per candidate (accepted minus voided), ranked.
 * Public and cached for a few seconds: totals follow the stream's batches anyway.
 */
export const handler = httpHandler(logger, async (event) => {
  const slug = pathSlug(event);
  const parsedRound = roundId.safeParse(event.pathParameters?.round);
  if (!parsedRound.success) throw new HttpError('ROUND_NOT_FOUND');
  const { body, cacheControl } = await cache.read(`${slug}\u0000${parsedRound.data}`, Date.now(), async () => {
    const round = await storedRound(campaignRules, slug, parsedRound.data);
    const totals = await tallies.totals(slug, round.id, round.candidates.map((c) => c.id));
    let totalVotes = 0;
    let totalVoided = 0;
    let updatedAt: string | null = null;
    const candidates = round.candidates.map(({ id, name }) => {
      const total = totals.get(id) ?? { accepted: 0, voided: 0, updatedAt: null };
      totalVotes += total.accepted - total.voided;
      totalVoided += total.voided;
      if (total.updatedAt && (!updatedAt || total.updatedAt > updatedAt)) updatedAt = total.updatedAt;
      return { id, name, votes: total.accepted - total.voided, voided: total.voided };
    });
    return {
      results: { campaign: slug, round: round.id, roundName: round.name, updatedAt, totalVotes, totalVoided, candidates: rankCandidates(candidates) },
    };
  });
  return json(200, body, { cacheControl });
});
