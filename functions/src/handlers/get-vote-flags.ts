// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, pathSlug, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { talliesRepository } from '../repositories/tallies.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const tallies = talliesRepository(doc, env.TABLE_NAME);

/**
 * GET /v1/internal/campaigns/{slug}/flags (CMS, bearer INTERNAL_API_TOKEN): candidates whose accepted
 * votes in some minute exceeded the campaign's flagVotesPerMinute, for editors to review.
 */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const slug = pathSlug(event);
  if (!(await campaignRules.get(slug))) throw new HttpError('CAMPAIGN_NOT_FOUND');
  const flags = await tallies.flags(slug);
  return json(200, {
    flags: flags.map(({ round, candidate, firstFlaggedAt, lastFlaggedAt, lastRate, minute, threshold }) => ({
      round,
      candidate,
      firstFlaggedAt,
      lastFlaggedAt,
      lastRate,
      minute,
      threshold,
    })),
  });
});
