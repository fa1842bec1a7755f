import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import {
  OTP_MAX_ATTEMPTS,
  OTP_PER_CLIENT_PER_HOUR,
  OTP_PER_NUMBER_PER_HOUR,
  OTP_RATE_WINDOW_SECONDS,
  OTP_RESEND_SECONDS,
  OTP_TTL_SECONDS,
  rateWindow,
  retryAfterSeconds,
  type OtpPurpose,
} from '@union/schemas';
import type { IssueResult, NewChallenge, OtpChallengesRepository, SendLimit } from '../repositories/otp-challenges.ts';

/** A uniformly random six-digit code, leading zeros included. */
export function otpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What the SMS says. */
export function otpMessage(code: string): string {
  return `验证码 ${code}，${OTP_TTL_SECONDS / 60} 分钟内有效。请勿将验证码告诉他人。`;
}

/**
 * The stored form of a code: HMAC-SHA256 under the phone hash key, bound to the phone, so a leaked
 * table reveals neither codes nor (without the key) anything to try them against.
 */
export function otpCodeHash(key: string, phoneHash: string, code: string): string {
  return createHmac('sha256', key).update(`otp:${phoneHash}:${code}`, 'utf8').digest('hex');
}

/** The keyed hash of a client address, so rate-limit keys do not store IP addresses. */
export function clientHash(key: string, sourceIp: string): string {
  return createHmac('sha256', key).update(`client:${sourceIp}`, 'utf8').digest('hex');
}

/** A new challenge for a phone, sent at `nowMs`. */
export function newChallenge(phoneHash: string, codeHash: string, purpose: OtpPurpose, nowMs: number): NewChallenge {
  return {
    phoneHash,
    codeHash,
    purpose,
    attempts: OTP_MAX_ATTEMPTS,
    expiresAt: Math.floor(nowMs / 1000) + OTP_TTL_SECONDS,
    resendAfterMs: nowMs + OTP_RESEND_SECONDS * 1000,
  };
}

/** The hourly send limits of one phone and one client address at `nowMs`. */
export function sendLimits(phoneHash: string, clientHashValue: string, nowMs: number): SendLimit[] {
  const { start } = rateWindow(nowMs, OTP_RATE_WINDOW_SECONDS);
  return [
    { scope: { phoneHash }, windowSeconds: OTP_RATE_WINDOW_SECONDS, windowStart: start, max: OTP_PER_NUMBER_PER_HOUR },
    { scope: { clientHash: clientHashValue }, windowSeconds: OTP_RATE_WINDOW_SECONDS, windowStart: start, max: OTP_PER_CLIENT_PER_HOUR },
  ];
}

/** Seconds a refused send must wait (its `Retry-After`), or undefined for a send that was issued. */
export function retryAfterOf(result: IssueResult, limits: readonly SendLimit[], nowMs: number): number | undefined {
  if (result.issued) return undefined;
  if (result.refusedBy === 'cooldown') return retryAfterSeconds(nowMs, result.resendAfterMs);
  const limit = limits[result.limit];
  if (!limit) throw new Error(`No send limit ${result.limit}`);
  return retryAfterSeconds(nowMs, (limit.windowStart + limit.windowSeconds) * 1000);
}

function sameHash(a: string, b: string): boolean {
  const [x, y] = [Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')];
  return x.byteLength === y.byteLength && timingSafeEqual(x, y);
}

export type VerifyOutcome =
  | { verified: true; purpose: OtpPurpose }
  | { verified: false; reason: 'wrong'; attemptsLeft: number }
  | { verified: false; reason: 'expired' | 'locked' };

/**
 * Checks a code: counts the try first (atomically, so guesses in parallel are limited too), then
 * compares in constant time and consumes a right code. A missing code (never sent or already used)
 * reads as expired: either way the person needs a new one.
 */
export async function verifyOtp(
  challenges: OtpChallengesRepository,
  { phoneHash, codeHash, nowMs }: { phoneHash: string; codeHash: string; nowMs: number },
): Promise<VerifyOutcome> {
  const attempt = await challenges.countAttempt(phoneHash, nowMs);
  if (!attempt.counted) return { verified: false, reason: attempt.reason === 'locked' ? 'locked' : 'expired' };
  const { challenge } = attempt;
  if (!sameHash(challenge.codeHash, codeHash)) {
    return challenge.attemptsLeft > 0 ? { verified: false, reason: 'wrong', attemptsLeft: challenge.attemptsLeft } : { verified: false, reason: 'locked' };
  }
  if (!(await challenges.consume(phoneHash, codeHash))) return { verified: false, reason: 'expired' };
  return { verified: true, purpose: challenge.purpose };
}
