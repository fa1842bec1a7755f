// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { checkInPayload, registrationCapacity, registrationRequestSchema, registrationWindow, waitlistCapacity } from '@union/schemas';
import { env } from '../env.ts';
import { personalDataCipherFromEnv } from '../lib/data-keys.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { header, HttpError, httpHandler, json, parseJsonBody, pathSlug } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { requireParticipant } from '../lib/participant-token.ts';
import { phoneHash } from '../lib/phone-hash.ts';
import { qrCodeDataUrl } from '../lib/qr.ts';
import { NOT_OPEN_MESSAGES, newRegistration } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { CodeTakenError, registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);
const cipher = personalDataCipherFromEnv(env);

/**
 * Attempts when the rules change between their read and the registration's write: the first read may
 * come from the cache, the retries read the table, so a second change within one request is rare.
 */
const MAX_ATTEMPTS = 3;

/**
 * A campaign whose rules ask for a verified participant takes only the phone its participant token
 * verified: without a token 401, with a token of another phone a field error on the phone.
 */
function requireVerifiedPhone(event: Parameters<typeof header>[0], phone: string): void {
  if (!header(event, 'authorization')) throw new HttpError('PARTICIPANT_REQUIRED');
  const { sub } = requireParticipant(event);
  if (sub !== phoneHash(phone, env.PHONE_HASH_KEY)) {
    throw new HttpError('VALIDATION_FAILED', { fields: [{ field: 'phone', message: '报名手机号须与已验证的手机号一致' }] });
  }
}

/**
 * POST /v1/campaigns/{slug}/registrations: registers one phone once per campaign, confirmed within the
 * capacity, else on the waitlist; answers with the confirmation code and its check-in QR code.
 */
export const handler = httpHandler(logger, async (event) => {
  const slug = pathSlug(event);
  const request = parseJsonBody(event, registrationRequestSchema);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const stored = await campaignRules.get(slug, { fresh: attempt > 1 });
    if (!stored) throw new HttpError('CAMPAIGN_NOT_FOUND');
    const { rules, revision } = stored;
    const now = new Date();
    const window = registrationWindow(rules, now);
    if (!window.open) throw new HttpError('REGISTRATION_NOT_OPEN', { message: NOT_OPEN_MESSAGES[window.reason] });
    if (rules.registration.requiresVerifiedParticipant) requireVerifiedPhone(event, request.phone);

    let record = await newRegistration(rules, request, { now, phoneHashKey: env.PHONE_HASH_KEY, cipher });
    const decidedBy = { revision, capacity: registrationCapacity(rules), waitlistCapacity: waitlistCapacity(rules) };
    let result;
    try {
      result = await registrations.create(record, decidedBy);
    } catch (error) {
      if (!(error instanceof CodeTakenError)) throw error;
      record = await newRegistration(rules, request, { now, phoneHashKey: env.PHONE_HASH_KEY, cipher });
      result = await registrations.create(record, decidedBy);
    }
    if (result.outcome === 'rules-changed') continue;
    if (result.outcome === 'already-registered') throw new HttpError('ALREADY_REGISTERED');
    if (result.outcome === 'full') throw new HttpError('REGISTRATION_FULL');

    logger.info('Registration accepted', { campaign: slug, status: result.outcome, requestId: event.requestContext.requestId });
    const payload = checkInPayload(slug, record.confirmationCode);
    return json(201, {
      registration: {
        campaign: slug,
        confirmationCode: record.confirmationCode,
        registeredAt: record.registeredAt,
        status: result.outcome,
        ...(result.outcome === 'waitlisted' ? { waitlistPosition: result.position } : {}),
        checkIn: { payload, qrCode: await qrCodeDataUrl(payload) },
      },
    });
  }
  throw new Error(`Campaign rules changed during each of ${MAX_ATTEMPTS} registration attempts`);
});
