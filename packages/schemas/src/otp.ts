import * as z from 'zod/mini';
import { MOBILE_PATTERN, normalizePhone } from './phone.ts';

/** A one-time code is valid this long after it is sent. */
export const OTP_TTL_SECONDS = 5 * 60;
/** Wrong or right, a code takes at most this many tries. */
export const OTP_MAX_ATTEMPTS = 5;
/** A number gets at most one code per this many seconds. */
export const OTP_RESEND_SECONDS = 60;
/** Codes per number per hour. */
export const OTP_PER_NUMBER_PER_HOUR = 5;
/** Codes per client address per hour: higher than per number, since a whole factory may share one NAT. */
export const OTP_PER_CLIENT_PER_HOUR = 30;
/** The window both hourly limits count in. */
export const OTP_RATE_WINDOW_SECONDS = 60 * 60;
/** Lifetime of the participant token a verified code buys. */
export const PARTICIPANT_TOKEN_TTL_SECONDS = 2 * 60 * 60;

/** What a verified phone may be used for; the token carries it. */
export const OTP_PURPOSES = ['participation'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

const required = (label: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `请填写${label}` : `${label}格式不正确`;

const phoneField = z.pipe(
  z.string({ error: required('手机号') }).check(z.overwrite(normalizePhone)),
  z.string().check(z.minLength(1, { error: '请填写手机号' }), z.regex(MOBILE_PATTERN, { error: '请输入正确的 11 位手机号' })),
);

/** POST /v1/otp: send a one-time code to a phone. Extra fields are refused. */
export const otpRequestSchema = z.strictObject({
  phone: phoneField,
  purpose: z._default(z.enum(OTP_PURPOSES, { error: '用途不正确' }), 'participation'),
});
export type OtpRequest = z.infer<typeof otpRequestSchema>;

/** POST /v1/otp/verify: the code received by SMS for that phone. */
export const otpVerifySchema = z.strictObject({
  phone: phoneField,
  code: z.string({ error: required('验证码') }).check(z.trim(), z.regex(/^\d{6}$/, { error: '请输入 6 位数字验证码' })),
});
export type OtpVerifyRequest = z.infer<typeof otpVerifySchema>;

/** A fixed counting window: when the one holding `nowMs` started and ends, and the seconds until it ends. */
export interface RateWindow {
  /** Epoch seconds. */
  start: number;
  /** Epoch seconds, exclusive. */
  end: number;
  /** Whole seconds until `end`, at least 1: the `Retry-After` of a request refused in this window. */
  retryAfter: number;
}

/** The fixed window of `windowSeconds` (aligned to the epoch) that contains `nowMs`. */
export function rateWindow(nowMs: number, windowSeconds: number): RateWindow {
  const start = Math.floor(nowMs / 1000 / windowSeconds) * windowSeconds;
  const end = start + windowSeconds;
  return { start, end, retryAfter: retryAfterSeconds(nowMs, end * 1000) };
}

/** Whole seconds from `nowMs` until `untilMs`, rounded up and at least 1 (a Retry-After of 0 invites a busy loop). */
export function retryAfterSeconds(nowMs: number, untilMs: number): number {
  return Math.max(1, Math.ceil((untilMs - nowMs) / 1000));
}
