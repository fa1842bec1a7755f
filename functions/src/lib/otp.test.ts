import { describe, expect, it } from 'vitest';
import { clientHash, newChallenge, otpCode, otpCodeHash, otpMessage, retryAfterOf, sendLimits } from './otp.ts';

const KEY = 'unit-test-phone-hash-key-0123456789abcdef';
const phone = 'a'.repeat(64);

describe('one-time codes', () => {
  it('are six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i += 1) expect(otpCode()).toMatch(/^\d{6}$/);
    expect(otpMessage('012345')).toContain('验证码 012345');
  });

  it('are stored as a keyed hash bound to the phone', () => {
    const hash = otpCodeHash(KEY, phone, '123456');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(otpCodeHash(KEY, 'b'.repeat(64), '123456'));
    expect(hash).not.toBe(otpCodeHash(`${KEY}x`, phone, '123456'));
    expect(clientHash(KEY, '203.0.113.7')).not.toContain('203');
  });

  it('expire five minutes after sending and may be resent after one', () => {
    const nowMs = Date.parse('2026-03-12T08:00:00.400Z');
    expect(newChallenge(phone, 'h', 'participation', nowMs)).toMatchObject({
      attempts: 5,
      expiresAt: Math.floor(nowMs / 1000) + 300,
      resendAfterMs: nowMs + 60_000,
    });
  });
});

describe('send limits', () => {
  const nowMs = Date.parse('2026-03-12T08:59:30.000Z');
  const limits = sendLimits(phone, 'c'.repeat(64), nowMs);

  it('count five per number and thirty per client in the current hour', () => {
    const start = Date.parse('2026-03-12T08:00:00Z') / 1000;
    expect(limits).toEqual([
      { scope: { phoneHash: phone }, windowSeconds: 3600, windowStart: start, max: 5 },
      { scope: { clientHash: 'c'.repeat(64) }, windowSeconds: 3600, windowStart: start, max: 30 },
    ]);
  });

  it('answer Retry-After until the resend time or the end of the refusing window', () => {
    expect(retryAfterOf({ issued: true }, limits, nowMs)).toBeUndefined();
    expect(retryAfterOf({ issued: false, refusedBy: 'cooldown', resendAfterMs: nowMs + 41_200 }, limits, nowMs)).toBe(42);
    expect(retryAfterOf({ issued: false, refusedBy: 'limit', limit: 0 }, limits, nowMs)).toBe(30);
    expect(retryAfterOf({ issued: false, refusedBy: 'limit', limit: 1 }, limits, nowMs)).toBe(30);
  });
});
