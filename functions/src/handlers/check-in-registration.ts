// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { checkInRequestSchema, parseCheckInCode } from '@union/schemas';
import { env } from '../env.ts';
import { personalDataCipherFromEnv } from '../lib/data-keys.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody, pathSlug, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { openPersonal } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);
const cipher = personalDataCipherFromEnv(env);

/**
 * POST /v1/internal/campaigns/{slug}/check-ins: the CMS checks a person in at the door for an editor
 * (`by`), with the scanned QR payload or the typed confirmation code. Answers what the editor needs to
 * recognise the person: name and masked phone, never the full number.
 */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const slug = pathSlug(event);
  const request = parseJsonBody(event, checkInRequestSchema);
  const code = parseCheckInCode(request.code, slug);
  if (!code) throw new HttpError('VALIDATION_FAILED', { fields: [{ field: 'code', message: '不是本活动的确认码或签到二维码' }] });
  if (!(await campaignRules.get(slug))) throw new HttpError('CAMPAIGN_NOT_FOUND');

  const result = await registrations.checkIn(slug, code, { by: request.by, now: new Date() });
  if (result.outcome === 'not-found') throw new HttpError('REGISTRATION_NOT_FOUND', { message: '未找到该确认码对应的报名' });
  if (result.outcome === 'cancelled') throw new HttpError('REGISTRATION_CANCELLED');
  if (result.outcome === 'waitlisted') throw new HttpError('REGISTRATION_WAITLISTED');
  if (result.outcome === 'already-checked-in') {
    throw new HttpError('ALREADY_CHECKED_IN', { details: { checkedInAt: result.registration.checkedInAt ?? null } });
  }
  const { registration } = result;

  const { name } = await openPersonal(cipher, registration);
  logger.info('Registration checked in', { campaign: slug, requestId: event.requestContext.requestId });
  return json(200, {
    registration: {
      campaign: slug,
      confirmationCode: registration.confirmationCode,
      name,
      phoneMasked: registration.phoneMasked,
      status: registration.status,
      checkedInAt: registration.checkedInAt,
      checkedInBy: registration.checkedInBy,
    },
  });
});
