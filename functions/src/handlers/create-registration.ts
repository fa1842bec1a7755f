// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { registrationRequestSchema, registrationWindow } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody, pathSlug } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { NOT_OPEN_MESSAGES, newRegistration } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);

/** POST /v1/campaigns/{slug}/registrations: registers one phone once per campaign. */
export const handler = httpHandler(logger, async (event) => {
  const slug = pathSlug(event);
  const request = parseJsonBody(event, registrationRequestSchema);

  const rules = await campaignRules.get(slug);
  if (!rules) throw new HttpError('CAMPAIGN_NOT_FOUND');
  const now = new Date();
  const window = registrationWindow(rules, now);
  if (!window.open) throw new HttpError('REGISTRATION_NOT_OPEN', { message: NOT_OPEN_MESSAGES[window.reason] });

  const record = newRegistration(rules, request, { now, phoneHashKey: env.PHONE_HASH_KEY });
  if ((await registrations.create(record)) === 'already-registered') throw new HttpError('ALREADY_REGISTERED');

  logger.info('Registration accepted', { campaign: slug, requestId: event.requestContext.requestId });
  return json(201, {
    registration: { campaign: slug, confirmationCode: record.confirmationCode, registeredAt: record.registeredAt },
  });
});
