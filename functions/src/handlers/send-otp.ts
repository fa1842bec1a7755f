// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { OTP_RESEND_SECONDS, OTP_TTL_SECONDS, otpRequestSchema } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { clientAddress, HttpError, httpHandler, json, parseJsonBody } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { clientHash, newChallenge, otpCode, otpCodeHash, otpMessage, retryAfterOf, sendLimits } from '../lib/otp.ts';
import { phoneHash } from '../lib/phone-hash.ts';
import { smsProviderFor } from '../lib/sms.ts';
import { otpChallengesRepository } from '../repositories/otp-challenges.ts';

const challenges = otpChallengesRepository(documentClientFromEnv(env), env.TABLE_NAME);
const sms = smsProviderFor(env, logger);

/** POST /v1/otp: sends a six-digit code to a phone, within the per-number and per-client limits. */
export const handler = httpHandler(logger, async (event) => {
  const request = parseJsonBody(event, otpRequestSchema);
  if (!sms) throw new HttpError('SMS_UNAVAILABLE');

  const nowMs = Date.now();
  const phone = phoneHash(request.phone, env.PHONE_HASH_KEY);
  const code = otpCode();
  const limits = sendLimits(phone, clientHash(env.PHONE_HASH_KEY, clientAddress(event)), nowMs);
  const result = await challenges.issue(newChallenge(phone, otpCodeHash(env.PHONE_HASH_KEY, phone, code), request.purpose, nowMs), limits, nowMs);
  const retryAfter = retryAfterOf(result, limits, nowMs);
  if (retryAfter !== undefined) {
    throw new HttpError('OTP_RATE_LIMITED', { details: { retryAfter } }, { headers: { 'retry-after': String(retryAfter) } });
  }

  await sms.send(request.phone, otpMessage(code));
  logger.info('One-time code sent', { requestId: event.requestContext.requestId });
  return json(202, { expiresIn: OTP_TTL_SECONDS, resendAfter: OTP_RESEND_SECONDS });
});
