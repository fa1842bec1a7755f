import { describe, expect, it } from 'vitest';
import { HttpError, type HttpEvent } from './http.ts';
import { requireParticipant, signParticipantToken, verifyParticipantToken } from './participant-token.ts';

const KEY = 'unit-test-participant-token-key-0123456789';
const sub = 'c'.repeat(64);
const now = new Date('2026-03-12T08:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

const event = (authorization?: string) => ({ headers: authorization === undefined ? {} : { authorization } }) as unknown as HttpEvent;

describe('participant tokens', () => {
  it('round-trips the claims and expires two hours after issue', () => {
    const { token, expiresAt } = signParticipantToken({ sub, purpose: 'participation' }, KEY, now);
    expect(expiresAt).toBe('2026-03-12T10:00:00.000Z');
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const iat = now.getTime() / 1000;
    expect(verifyParticipantToken(token, KEY, later(7199))).toEqual({ sub, purpose: 'participation', iat, exp: iat + 7200 });
  });

  it('rejects an expired token, one issued in the future and one signed with another key', () => {
    const { token } = signParticipantToken({ sub, purpose: 'participation' }, KEY, now);
    expect(verifyParticipantToken(token, KEY, later(7200))).toBeUndefined();
    expect(verifyParticipantToken(token, KEY, later(-120))).toBeUndefined();
    expect(verifyParticipantToken(token, `${KEY}x`, now)).toBeUndefined();
  });

  it('rejects changed claims, changed signatures and malformed tokens', () => {
    const { token } = signParticipantToken({ sub, purpose: 'participation' }, KEY, now);
    const [payload = '', signature = ''] = token.split('.');
    const changed = Buffer.from(Buffer.from(payload, 'base64url').toString().replace(sub, 'd'.repeat(64))).toString('base64url');
    for (const bad of [
      `${changed}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      `${payload}.${Buffer.alloc(32).toString('base64url')}`,
      `${payload}`,
      `${token}.${signature}`,
      '',
      '.',
      `${payload}.${signature}=`,
    ]) {
      expect(verifyParticipantToken(bad, KEY, now), bad).toBeUndefined();
    }
  });
});

describe('requireParticipant', () => {
  it('returns the claims of a valid bearer token', () => {
    const { token } = signParticipantToken({ sub, purpose: 'participation' }, KEY, now);
    expect(requireParticipant(event(`Bearer ${token}`), KEY, now)).toMatchObject({ sub });
  });

  it('throws 401 TOKEN_INVALID without a usable bearer token', () => {
    const { token } = signParticipantToken({ sub, purpose: 'participation' }, KEY, now);
    for (const authorization of [undefined, '', token, `Basic ${token}`, 'Bearer', 'Bearer x.y']) {
      expect(() => requireParticipant(event(authorization), KEY, now)).toThrow(HttpError);
      try {
        requireParticipant(event(authorization), KEY, now);
      } catch (error) {
        expect((error as HttpError).code).toBe('TOKEN_INVALID');
      }
    }
  });
});
