// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { otpVerifySchema } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { otpCodeHash, verifyOtp } from '../lib/otp.ts';
import { signParticipantToken } from '../lib/participant-token.ts';
import { phoneHash } from '../lib/phone-hash.ts';
import { otpChallengesRepository } from '../repositories/otp-challenges.ts';

const challenges = otpChallengesRepository(documentClientFromEnv(env), env.TABLE_NAME);

/** POST /v1/otp/verify: trades a right code, once, for a participant token. */
export const handler = httpHandler(logger, async (event) => {
  const request = parseJsonBody(event, otpVerifySchema);
  const now = new Date();
  const phone = phoneHash(request.phone, env.PHONE_HASH_KEY);

  const outcome = await verifyOtp(challenges, { phoneHash: phone, codeHash: otpCodeHash(env.PHONE_HASH_KEY, phone, request.code), nowMs: now.getTime() });
  if (!outcome.verified) {
    if (outcome.reason === 'wrong') throw new HttpError('OTP_INVALID', { details: { attemptsLeft: outcome.attemptsLeft } });
    throw new HttpError(outcome.reason === 'locked' ? 'OTP_TOO_MANY_ATTEMPTS' : 'OTP_EXPIRED');
  }

  logger.info('Phone verified', { requestId: event.requestContext.requestId });
  return json(200, signParticipantToken({ sub: phone, purpose: outcome.purpose }, env.PARTICIPANT_TOKEN_KEY, now));
});
