// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { httpHandler, noContent, pathSlug, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';

const campaignRules = campaignRulesRepository(documentClientFromEnv(env), env.TABLE_NAME);

/** DELETE /v1/internal/campaigns/{slug}: the campaign was unpublished; it takes no more registrations. */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const slug = pathSlug(event);
  await campaignRules.delete(slug);
  logger.info('Campaign rules deleted', { campaign: slug, requestId: event.requestContext.requestId });
  return noContent();
});
