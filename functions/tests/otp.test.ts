import { createHmac } from 'node:crypto';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { errorEnvelopeSchema, maskPhone, OTP_PER_CLIENT_PER_HOUR, OTP_PER_NUMBER_PER_HOUR } from '@union/schemas';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { clientHash } from '../src/lib/otp.ts';
import { phoneHash } from '../src/lib/phone-hash.ts';
import { expectError } from './support/expect-error.ts';
import { PHONE_HASH_KEY, startTestApi, uniquePhone, type TestApi } from './support/test-api.ts';

const PARTICIPANT_TOKEN_KEY = 'test-participant-token-key-0123456789abcdef';
const HOUR = 3600;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'INFO', PARTICIPANT_TOKEN_KEY });
});
afterAll(async () => {
  await api?.close();
});

// Every request of this file comes from 127.0.0.1: start each test below the per-client limit.
beforeEach(async () => {
  const doc = createDocumentClient(api.client);
  const pk = `OTPCLIENT#${clientHash(PHONE_HASH_KEY, '127.0.0.1')}`;
  for (const item of (await api.scan()).filter((i) => i.pk === pk)) {
    await doc.send(new DeleteCommand({ TableName: api.tableName, Key: { pk: item.pk, sk: item.sk } }));
  }
});

// The local SMS provider logs at INFO; keep logs out of the test output (one test inspects them).
const logWrites = [process.stdout, process.stderr].map((stream) => vi.spyOn(stream, 'write').mockImplementation(() => true));
afterAll(() => {
  for (const w of logWrites) w.mockRestore();
});

const sendCode = (body: unknown) => api.request('POST', '/v1/otp', { body });
const verify = (body: unknown) => api.request('POST', '/v1/otp/verify', { body });
const participant = (authorization?: string) =>
  api.request('GET', '/v1/participant', authorization === undefined ? {} : { headers: { authorization } });

async function devCode(phone: string): Promise<string> {
  const res = await api.request('GET', `/v1/dev/otp?phone=${encodeURIComponent(phone)}`);
  expect(res.status).toBe(200);
  const { code } = (await res.json()) as { code: string };
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

/** Sends a code to a fresh phone and returns the phone and the code, as the SMS would bring it. */
async function sentCode(): Promise<{ phone: string; code: string }> {
  const phone = uniquePhone();
  const res = await sendCode({ phone });
  expect(res.status).toBe(202);
  return { phone, code: await devCode(phone) };
}

const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

const challengeKey = (phone: string) => ({ pk: `OTP#${phoneHash(phone, PHONE_HASH_KEY)}`, sk: 'CHALLENGE' });
/**
 * The table's items not about to expire. DynamoDB Local deletes items past their TTL in the
 * background, so a code from an earlier test can vanish between two scans; that is not a write.
 * Anything a request writes lives at least five minutes, so the margin hides no write.
 */
async function unexpiredItems(): Promise<Record<string, unknown>[]> {
  const cutoffSeconds = Date.now() / 1000 + 60;
  return (await api.scan()).filter((item) => typeof item.expiresAt !== 'number' || item.expiresAt > cutoffSeconds);
}

/** Sets one attribute of the phone's stored challenge, as time passing would. */
async function setOnChallenge(phone: string, attribute: string, value: number): Promise<void> {
  await createDocumentClient(api.client).send(
    new UpdateCommand({
      TableName: api.tableName,
      Key: challengeKey(phone),
      UpdateExpression: 'SET #attribute = :value',
      ExpressionAttributeNames: { '#attribute': attribute },
      ExpressionAttributeValues: { ':value': value },
    }),
  );
}

async function challenge(phone: string): Promise<Record<string, unknown> | undefined> {
  const { pk, sk } = challengeKey(phone);
  return (await api.scan()).find((item) => item.pk === pk && item.sk === sk);
}

/** A participant token signed as the API does, here with any key and times. */
function token(claims: Record<string, unknown>, key = PARTICIPANT_TOKEN_KEY): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}
const claimsPart = (t: string) => JSON.parse(Buffer.from(t.split('.')[0] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('POST /v1/otp and POST /v1/otp/verify', () => {
  it('sends a code, which verifies once for a token carrying the phone hash and never the phone', async () => {
    const phone = uniquePhone();
    const sent = await sendCode({ phone: `+86 ${phone}` });
    expect(sent.status).toBe(202);
    expect(sent.headers.get('cache-control')).toBe('no-store');
    expect(await sent.json()).toEqual({ expiresIn: 300, resendAfter: 60 });
    const code = await devCode(phone);

    const res = await verify({ phone, code });

    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(phone);
    const body = JSON.parse(text) as { token: string; expiresAt: string };
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    const claims = claimsPart(body.token);
    expect(claims).toEqual({
      sub: phoneHash(phone, PHONE_HASH_KEY),
      purpose: 'participation',
      iat: expect.any(Number),
      exp: Number(claims.iat) + 2 * HOUR,
    });
    expect(Date.parse(body.expiresAt)).toBe(Number(claims.exp) * 1000);
    expect(JSON.stringify(claims)).not.toContain(phone.slice(2, 8));

    const me = await participant(`Bearer ${body.token}`);
    expect(me.status).toBe(200);
    expect(await me.json()).toEqual({ participant: { purpose: 'participation', expiresAt: body.expiresAt } });
  });

  it('stores the code only as a keyed hash, with five tries and a TTL, and the phone nowhere in clear', async () => {
    const before = Math.floor(Date.now() / 1000);
    const { phone, code } = await sentCode();

    const item = await challenge(phone);
    expect(item).toMatchObject({ entity: 'otp-challenge', purpose: 'participation', attemptsLeft: 5, codeHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(Number(item?.expiresAt)).toBeGreaterThanOrEqual(before + 300);
    expect(Number(item?.expiresAt)).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 300);
    const everything = JSON.stringify(await api.scan());
    expect(everything).not.toContain(phone.slice(2, 8));
    expect(JSON.stringify(item)).not.toContain(`"${code}"`);
  });

  it('takes a code once: the second use answers OTP_EXPIRED', async () => {
    const { phone, code } = await sentCode();
    expect((await verify({ phone, code })).status).toBe(200);
    await expectError(await verify({ phone, code }), 422, 'OTP_EXPIRED', '验证码已过期，请重新获取');
  });

  it('answers OTP_INVALID with the tries left, then locks the code after five wrong tries', async () => {
    const { phone, code } = await sentCode();
    for (const left of [4, 3, 2, 1]) {
      const body = await expectError(await verify({ phone, code: wrongCode(code) }), 422, 'OTP_INVALID', '验证码不正确');
      expect(body.error.details).toEqual({ attemptsLeft: left });
    }
    await expectError(await verify({ phone, code: wrongCode(code) }), 429, 'OTP_TOO_MANY_ATTEMPTS', '错误次数过多，请重新获取验证码');
    // Locked: not even the right code gets through.
    await expectError(await verify({ phone, code }), 429, 'OTP_TOO_MANY_ATTEMPTS');
    expect((await challenge(phone))?.attemptsLeft).toBe(0);
  });

  it('counts exactly five of ten parallel wrong guesses', async () => {
    const { phone, code } = await sentCode();

    const responses = await Promise.all(Array.from({ length: 10 }, () => verify({ phone, code: wrongCode(code) })));

    const codes = await Promise.all(responses.map(async (r) => errorEnvelopeSchema.parse(await r.json()).error.code));
    expect(codes.filter((c) => c === 'OTP_INVALID')).toHaveLength(4);
    expect(codes.filter((c) => c === 'OTP_TOO_MANY_ATTEMPTS')).toHaveLength(6);
    expect((await challenge(phone))?.attemptsLeft).toBe(0);
    await expectError(await verify({ phone, code }), 429, 'OTP_TOO_MANY_ATTEMPTS');
  });

  it('still takes the right code after three parallel wrong guesses', async () => {
    const { phone, code } = await sentCode();
    const responses = await Promise.all(Array.from({ length: 3 }, () => verify({ phone, code: wrongCode(code) })));
    expect(responses.map((r) => r.status)).toEqual([422, 422, 422]);
    expect((await challenge(phone))?.attemptsLeft).toBe(2);
    expect((await verify({ phone, code })).status).toBe(200);
  });

  it('answers OTP_EXPIRED for an expired code, even the right one', async () => {
    const { phone, code } = await sentCode();
    await setOnChallenge(phone, 'expiresAt', Math.floor(Date.now() / 1000) - 1);
    await expectError(await verify({ phone, code }), 422, 'OTP_EXPIRED');
    expect((await challenge(phone))?.attemptsLeft).toBe(5);
  });

  it('answers OTP_EXPIRED for a phone that was never sent a code', async () => {
    await expectError(await verify({ phone: uniquePhone(), code: '123456' }), 422, 'OTP_EXPIRED');
  });

  it('refuses a resend within 60 seconds with 429 and Retry-After, keeping the first code', async () => {
    const { phone, code } = await sentCode();
    const before = await challenge(phone);

    const res = await sendCode({ phone });

    const body = await expectError(res, 429, 'OTP_RATE_LIMITED', '验证码发送过于频繁，请稍后再试');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(body.error.details).toEqual({ retryAfter });
    expect(await challenge(phone)).toEqual(before);
    expect(await devCode(phone)).toBe(code);
    expect((await verify({ phone, code })).status).toBe(200);
  });

  it('sends a new code once the resend time has passed, replacing the old one', async () => {
    const { phone, code } = await sentCode();
    await setOnChallenge(phone, 'resendAfterMs', Date.now() - 1);
    expect((await sendCode({ phone })).status).toBe(202);
    const second = await devCode(phone);
    if (second !== code) await expectError(await verify({ phone, code }), 422, 'OTP_INVALID');
    expect((await verify({ phone, code: second })).status).toBe(200);
  });

  it.each([
    ['number', (phone: string) => `OTP#${phoneHash(phone, PHONE_HASH_KEY)}`, OTP_PER_NUMBER_PER_HOUR],
    ['client address', () => `OTPCLIENT#${clientHash(PHONE_HASH_KEY, '127.0.0.1')}`, OTP_PER_CLIENT_PER_HOUR],
  ])('refuses sends past the hourly limit per %s with 429, Retry-After and nothing written', async (_label, partition, max) => {
    const phone = uniquePhone();
    const doc = createDocumentClient(api.client);
    // This window and the next, so the test holds even across an hour boundary.
    const start = Math.floor(Date.now() / 1000 / HOUR) * HOUR;
    const keys = [start, start + HOUR].map((s) => ({ pk: partition(phone), sk: `RATE#${HOUR}#${s}` }));
    for (const key of keys) {
      await doc.send(new PutCommand({ TableName: api.tableName, Item: { ...key, entity: 'otp-send-count', count: max, expiresAt: start + 2 * HOUR } }));
    }
    try {
      const res = await sendCode({ phone });
      await expectError(res, 429, 'OTP_RATE_LIMITED');
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(HOUR);
      expect(await challenge(phone)).toBeUndefined();
      const counts = (await api.scan()).filter((item) => keys.some((k) => k.pk === item.pk && k.sk === item.sk));
      expect(counts.map((item) => item.count)).toEqual([max, max]);
    } finally {
      for (const key of keys) await doc.send(new DeleteCommand({ TableName: api.tableName, Key: key }));
    }
  });

  it('counts sends per number and per client address in hourly windows', async () => {
    const { phone } = await sentCode();
    const start = Math.floor(Date.now() / 1000 / HOUR) * HOUR;
    const items = await api.scan();
    const perNumber = items.find((i) => i.pk === `OTP#${phoneHash(phone, PHONE_HASH_KEY)}` && String(i.sk).startsWith('RATE#'));
    expect(perNumber).toMatchObject({ count: 1 });
    expect([`RATE#${HOUR}#${start}`, `RATE#${HOUR}#${start + HOUR}`]).toContain(perNumber?.sk);
    expect(perNumber?.expiresAt).toBe(Number(String(perNumber?.sk).split('#')[2]) + HOUR);
    const perClient = items.find((i) => i.pk === `OTPCLIENT#${clientHash(PHONE_HASH_KEY, '127.0.0.1')}`);
    expect(Number(perClient?.count)).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(items)).not.toContain('127.0.0.1');
  });

  it('counts a client by the viewer address CloudFront passes on, not by the edge server', async () => {
    const phone = uniquePhone();
    const res = await api.request('POST', '/v1/otp', { body: { phone }, headers: { 'cloudfront-viewer-address': '203.0.113.7:50432' } });
    expect(res.status).toBe(202);
    const viewer = (await api.scan()).find((i) => i.pk === `OTPCLIENT#${clientHash(PHONE_HASH_KEY, '203.0.113.7')}`);
    expect(viewer).toMatchObject({ count: 1 });
  });

  describe('refuses bad input with the error envelope and writes nothing', () => {
    it.each([
      ['malformed JSON', { rawBody: '{"phone":', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_JSON'],
      ['a text/plain body', { rawBody: '{"phone":"13912345678"}', headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['an oversized body', { body: { phone: '13912345678', pad: 'x'.repeat(17 * 1024) } }, 413, 'PAYLOAD_TOO_LARGE'],
      ['a missing phone', { body: {} }, 422, 'VALIDATION_FAILED'],
      ['a wrong phone format', { body: { phone: '12345678901' } }, 422, 'VALIDATION_FAILED'],
      ['a phone of the wrong type', { body: { phone: 13912345678 } }, 422, 'VALIDATION_FAILED'],
      ['an extra field', { body: { phone: '13912345678', name: '张伟' } }, 422, 'VALIDATION_FAILED'],
      ['an unknown purpose', { body: { phone: '13912345678', purpose: 'admin' } }, 422, 'VALIDATION_FAILED'],
      ['a JSON array', { body: ['13912345678'] }, 422, 'VALIDATION_FAILED'],
    ])('POST /v1/otp with %s', async (_label, options, status, code) => {
      const before = await unexpiredItems();
      const body = await expectError(await api.request('POST', '/v1/otp', options), status, code);
      expect(body.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await unexpiredItems()).toEqual(before);
    });

    it.each([
      ['malformed JSON', { rawBody: '{"phone":"13912345678","code":', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_JSON'],
      ['an oversized body', { body: { phone: '13912345678', code: '123456', pad: 'x'.repeat(17 * 1024) } }, 413, 'PAYLOAD_TOO_LARGE'],
      ['a five-digit code', { body: { phone: '13912345678', code: '12345' } }, 422, 'VALIDATION_FAILED'],
      ['a numeric code', { body: { phone: '13912345678', code: 123456 } }, 422, 'VALIDATION_FAILED'],
      ['a missing code', { body: { phone: '13912345678' } }, 422, 'VALIDATION_FAILED'],
      ['an extra field', { body: { phone: '13912345678', code: '123456', purpose: 'participation' } }, 422, 'VALIDATION_FAILED'],
    ])('POST /v1/otp/verify with %s', async (_label, options, status, code) => {
      const { phone } = await sentCode();
      const before = await unexpiredItems();
      const patched = 'body' in options ? { ...options, body: { ...options.body, phone } } : options;
      await expectError(await api.request('POST', '/v1/otp/verify', patched), status, code);
      expect(await unexpiredItems()).toEqual(before);
    });
  });

  it('logs the code locally with the masked phone, and never the phone in clear', async () => {
    for (const w of logWrites) w.mockClear();
    const { phone, code } = await sentCode();
    expect((await verify({ phone, code: wrongCode(code) })).status).toBe(422);
    expect((await verify({ phone, code })).status).toBe(200);

    const logs = logWrites.flatMap((w) => w.mock.calls.map(([chunk]) => String(chunk))).join('');
    expect(logs).toContain(`验证码 ${code}`);
    expect(logs).toContain(maskPhone(phone));
    expect(logs).toContain('Phone verified');
    for (const secret of [phone, phone.slice(-8), phoneHash(phone, PHONE_HASH_KEY)]) expect(logs).not.toContain(secret);
  });
});

describe('GET /v1/dev/otp (local only)', () => {
  it('answers 404 for a phone without a code and 422 for a malformed one', async () => {
    await expectError(await api.request('GET', `/v1/dev/otp?phone=${uniquePhone()}`), 404, 'ROUTE_NOT_FOUND');
    await expectError(await api.request('GET', '/v1/dev/otp?phone=123'), 422, 'VALIDATION_FAILED');
  });
});

describe('participant tokens', () => {
  const sub = 'a'.repeat(64);
  const now = () => Math.floor(Date.now() / 1000);

  it('accepts a token signed with the key', async () => {
    expect((await participant(`Bearer ${token({ sub, purpose: 'participation', iat: now(), exp: now() + 60 })}`)).status).toBe(200);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a non-Bearer scheme', `Basic ${token({ sub, purpose: 'participation', iat: now(), exp: now() + 60 })}`],
    ['a malformed token', 'Bearer not-a-token'],
    ['three segments', `Bearer ${token({ sub, purpose: 'participation', iat: now(), exp: now() + 60 })}.x`],
    ['a token signed with another key', `Bearer ${token({ sub, purpose: 'participation', iat: now(), exp: now() + 60 }, 'another-key-0123456789abcdef0123456789')}`],
    ['an expired token', `Bearer ${token({ sub, purpose: 'participation', iat: now() - 3 * HOUR, exp: now() - HOUR })}`],
    ['a token without expiry', `Bearer ${token({ sub, purpose: 'participation', iat: now() })}`],
    ['a signed payload that is not JSON', `Bearer ${(() => {
      const payload = Buffer.from('not json').toString('base64url');
      return `${payload}.${createHmac('sha256', PARTICIPANT_TOKEN_KEY).update(payload).digest('base64url')}`;
    })()}`],
  ])('answers 401 TOKEN_INVALID to %s', async (_label, authorization) => {
    await expectError(await participant(authorization), 401, 'TOKEN_INVALID', '登录已失效，请重新验证手机号');
  });

  it('answers 401 to a token whose claims were changed after signing', async () => {
    const { phone, code } = await sentCode();
    const { token: real } = (await (await verify({ phone, code })).json()) as { token: string };
    const [, signature] = real.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claimsPart(real), sub: 'b'.repeat(64) })).toString('base64url');
    await expectError(await participant(`Bearer ${forged}.${signature}`), 401, 'TOKEN_INVALID');
    expect((await participant(`Bearer ${real}`)).status).toBe(200);
  });
});
