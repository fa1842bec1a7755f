// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { campaignRulesSchema, capacityBelowRegistrationsMessage, MAX_RULES_BODY_BYTES } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody, pathSlug, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';

const campaignRules = campaignRulesRepository(documentClientFromEnv(env), env.TABLE_NAME);

/**
 * PUT /v1/internal/campaigns/{slug}: the CMS pushes a campaign's rules snapshot; older snapshots, and a
 * capacity below the registrations already confirmed, are refused.
 */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const slug = pathSlug(event);
  // A round of every published model worker lists thousands of candidates: far more than other bodies.
  const rules = parseJsonBody(event, campaignRulesSchema, { maxBytes: MAX_RULES_BODY_BYTES });
  if (rules.slug !== slug) {
    throw new HttpError('VALIDATION_FAILED', { fields: [{ field: 'slug', message: '活动标识与请求路径不一致' }] });
  }

  const result = await campaignRules.save(rules);
  if (result.outcome === 'stale') throw new HttpError('STALE_RULES');
  if (result.outcome === 'capacity-below-registrations') {
    const { capacity, registered } = result;
    throw new HttpError('CAPACITY_BELOW_REGISTRATIONS', {
      message: capacityBelowRegistrationsMessage(capacity, registered),
      details: { capacity, registered },
    });
  }
  logger.info('Campaign rules saved', { campaign: slug, updatedAt: rules.updatedAt, requestId: event.requestContext.requestId });
  return json(200, { campaign: rules });
});
