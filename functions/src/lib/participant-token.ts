import { createHmac, timingSafeEqual } from 'node:crypto';
import { OTP_PURPOSES, PARTICIPANT_TOKEN_TTL_SECONDS, type OtpPurpose } from '@union/schemas';
import * as z from 'zod/mini';
import { env } from '../env.ts';
import { header, HttpError, type HttpEvent } from './http.ts';

/** What a participant token says: whose verified phone (its keyed hash, never the number), for what, until when. */
export interface ParticipantClaims {
  /** The phone hash (lib/phone-hash.ts) of the verified number. */
  sub: string;
  purpose: OtpPurpose;
  /** Epoch seconds. */
  iat: number;
  /** Epoch seconds. */
  exp: number;
}

const claimsSchema = z.strictObject({
  sub: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  purpose: z.enum(OTP_PURPOSES),
  iat: z.int(),
  exp: z.int(),
});

const SEGMENT = /^[A-Za-z0-9_-]+$/;
/** Clocks of different Lambdas may disagree a little; a token "issued" further ahead was not issued by us. */
const CLOCK_SKEW_SECONDS = 60;

function signature(key: string, payload: string): Buffer {
  return createHmac('sha256', key).update(payload, 'utf8').digest();
}

/**
 * Signs a compact token `<base64url JSON claims>.<base64url HMAC-SHA256 of the first part>`.
 * Not a JWT on purpose: one fixed algorithm, so there is no header to negotiate it down.
 */
export function signParticipantToken(
  { sub, purpose }: Pick<ParticipantClaims, 'sub' | 'purpose'>,
  key: string,
  now: Date = new Date(),
  lifetimeSeconds: number = PARTICIPANT_TOKEN_TTL_SECONDS,
): { token: string; expiresAt: string } {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: ParticipantClaims = { sub, purpose, iat, exp: iat + lifetimeSeconds };
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  return { token: `${payload}.${signature(key, payload).toString('base64url')}`, expiresAt: new Date(claims.exp * 1000).toISOString() };
}

/** The claims of a token signed with `key` that has not expired at `now`; undefined for anything else. */
export function verifyParticipantToken(token: string, key: string, now: Date = new Date()): ParticipantClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 2) return undefined;
  const [payload = '', sig = ''] = parts;
  if (!SEGMENT.test(payload) || !SEGMENT.test(sig)) return undefined;
  const given = Buffer.from(sig, 'base64url');
  const expected = signature(key, payload);
  // The signature is checked before the payload is even parsed, in constant time.
  if (given.byteLength !== expected.byteLength || !timingSafeEqual(given, expected)) return undefined;

  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const claims = claimsSchema.safeParse(data);
  if (!claims.success) return undefined;
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (claims.data.exp <= nowSeconds || claims.data.iat > nowSeconds + CLOCK_SKEW_SECONDS) return undefined;
  return claims.data;
}

/**
 * The participant a request speaks for, from `Authorization: Bearer <participant token>`; throws
 * 401 TOKEN_INVALID for a missing, malformed, forged or expired token. For handlers that act for a
 * verified phone (votes, quiz answers).
 */
export function requireParticipant(event: HttpEvent, key: string = env.PARTICIPANT_TOKEN_KEY, now: Date = new Date()): ParticipantClaims {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header(event, 'authorization') ?? '');
  const claims = match?.[1] ? verifyParticipantToken(match[1], key, now) : undefined;
  if (!claims) throw new HttpError('TOKEN_INVALID');
  return claims;
}
