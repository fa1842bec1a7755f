// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { cancelRegistrationRequestSchema } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody, pathSlug } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { phoneHash } from '../lib/phone-hash.ts';
import { CANCEL_TRIES_PER_WINDOW, CANCEL_WINDOW_SECONDS } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);

/**
 * POST /v1/campaigns/{slug}/registrations/cancel: the person cancels with their phone and confirmation
 * code. A wrong code and an unregistered phone get the same 404, and tries per phone are limited, so
 * the route tells nobody whether a number registered. A confirmed place goes to the first waitlisted
 * person in the same transaction.
 */
export const handler = httpHandler(logger, async (event) => {
  const slug = pathSlug(event);
  const request = parseJsonBody(event, cancelRegistrationRequestSchema);
  // Cancelling stays possible after registration closes; only a campaign that was never published is unknown.
  if (!(await campaignRules.get(slug))) throw new HttpError('CAMPAIGN_NOT_FOUND');

  const hash = phoneHash(request.phone, env.PHONE_HASH_KEY);
  const now = new Date();
  // Counted before the code is checked, right or wrong: otherwise the limit would answer which guess was right.
  if (!(await registrations.takeCancelTry(hash, { now, limit: CANCEL_TRIES_PER_WINDOW, windowSeconds: CANCEL_WINDOW_SECONDS }))) {
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const retryAfter = CANCEL_WINDOW_SECONDS - (nowSeconds % CANCEL_WINDOW_SECONDS);
    throw new HttpError('RATE_LIMITED', { details: { retryAfter } }, { headers: { 'retry-after': String(retryAfter) } });
  }

  const result = await registrations.cancel(slug, hash, { code: request.confirmationCode, now });
  if (result === 'not-found') throw new HttpError('REGISTRATION_NOT_FOUND');
  if (result === 'checked-in') throw new HttpError('ALREADY_CHECKED_IN', { message: '该报名已签到，不能取消' });
  logger.info('Registration cancelled', { campaign: slug, outcome: result, requestId: event.requestContext.requestId });
  return json(200, { registration: { campaign: slug, confirmationCode: request.confirmationCode, status: 'cancelled' } });
});
