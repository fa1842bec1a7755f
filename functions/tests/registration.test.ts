import { CONFIRMATION_ALPHABET, maskPhone, registrationResponseSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { expectError } from './support/expect-error.ts';
import { phoneHash } from '../src/lib/phone-hash.ts';
import { openRules, PHONE_HASH_KEY, registrationBody, signToken, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'INFO' });
});
afterAll(async () => {
  await api?.close();
});

/** Publishes open rules for a fresh campaign and returns its slug. */
async function openCampaign(overrides: Parameters<typeof openRules>[1] = {}): Promise<string> {
  const slug = uniqueSlug('reg');
  const res = await api.putRules(openRules(slug, overrides));
  expect(res.status).toBe(200);
  return slug;
}

async function expectNoRegistrations(slug: string) {
  expect(await api.registrations(slug)).toEqual([]);
}

// Registration logs at INFO; keep logs out of the test output (one test inspects them).
const logWrites = [process.stdout, process.stderr].map((stream) => vi.spyOn(stream, 'write').mockImplementation(() => true));
afterAll(() => {
  for (const w of logWrites) w.mockRestore();
});

describe('POST /v1/campaigns/{slug}/registrations', () => {
  it('registers a phone and answers 201 with a confirmation code, never the phone', async () => {
    const slug = await openCampaign();
    const phone = uniquePhone();

    const res = await api.register(slug, registrationBody(phone));

    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await res.text();
    expect(text).not.toContain(phone);
    expect(text).not.toContain(phone.slice(-4));
    const { registration } = registrationResponseSchema.parse(JSON.parse(text));
    expect(registration.campaign).toBe(slug);
    expect(registration.status).toBe('confirmed');
    expect(registration).not.toHaveProperty('waitlistPosition');
    expect(registration.confirmationCode).toMatch(new RegExp(`^[${CONFIRMATION_ALPHABET}]{8}$`));
    expect(Date.parse(registration.registeredAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(await api.registrations(slug)).toHaveLength(1);
  });

  it('answers with a QR code, as an SVG data URL, of the check-in payload of the campaign and code', async () => {
    const slug = await openCampaign();
    const res = await api.register(slug, registrationBody(uniquePhone()));
    expect(res.status).toBe(201);
    const { registration } = registrationResponseSchema.parse(await res.json());

    expect(registration.checkIn.payload).toBe(`UNION-CHECKIN:${slug}:${registration.confirmationCode}`);
    const [prefix, data] = registration.checkIn.qrCode.split(',');
    expect(prefix).toBe('data:image/svg+xml;base64');
    const svg = Buffer.from(data ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*viewBox="0 0 (\d+) \1"/);
    // Nothing the image could load from elsewhere.
    expect(svg).not.toMatch(/href|<script|<image/i);
  });

  it('stores only the needed fields, with the phone masked and hashed, consent per purpose and a TTL', async () => {
    const closesAt = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
    const slug = await openCampaign({ registration: { closesAt } });
    const phone = uniquePhone();

    const res = await api.register(
      slug,
      registrationBody(`+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`, { consents: ['notifications'] }),
    );
    expect(res.status).toBe(201);
    const { registration } = registrationResponseSchema.parse(await res.json());

    const [item, ...others] = await api.registrations(slug);
    expect(others).toEqual([]);
    expect(Object.keys(item ?? {}).sort()).toEqual(
      [
        'pk', 'sk', 'entity', 'campaign', 'status', 'personal', 'phoneMasked', 'consents', 'confirmationCode',
        'registeredAt', 'expiresAt', 'gsi1pk', 'gsi1sk',
      ].sort(),
    );
    const hash = String(item?.sk).slice('REG#'.length);
    expect(item).toMatchObject({
      pk: `CAMPAIGN#${slug}`,
      sk: expect.stringMatching(/^REG#[0-9a-f]{64}$/),
      status: 'confirmed',
      personal: { key: expect.stringMatching(/^local1:/), data: expect.any(String) },
      phoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      consents: [
        { purpose: 'registration', at: registration.registeredAt, version: '2019-1' },
        { purpose: 'notifications', at: registration.registeredAt, version: '2019-1' },
      ],
      gsi1pk: `PARTICIPANT#${hash}`,
      gsi1sk: `REG#${slug}`,
      confirmationCode: registration.confirmationCode,
      registeredAt: registration.registeredAt,
      expiresAt: Math.floor(Date.parse(closesAt) / 1000) + 180 * 24 * 3600,
    });
  });

  it('keeps registrations a year when the campaign has no closing date', async () => {
    const slug = await openCampaign({ registration: { closesAt: null } });
    const res = await api.register(slug, registrationBody(uniquePhone()));
    expect(res.status).toBe(201);
    const { registration } = registrationResponseSchema.parse(await res.json());
    const [item] = await api.registrations(slug);
    expect(item?.expiresAt).toBe(Math.floor(Date.parse(registration.registeredAt) / 1000) + 365 * 24 * 3600);
  });

  it('stores the phone nowhere in clear', async () => {
    const slug = await openCampaign();
    const phone = uniquePhone();
    expect((await api.register(slug, registrationBody(phone))).status).toBe(201);

    const items = await api.registrations(slug);
    expect(items).toHaveLength(1);
    const everything = JSON.stringify(items);
    expect(everything).not.toContain(phone);
    // Not even the digits the mask hides (with a neighbour each side: four digits alone turn up
    // by chance in the hex of the phone hash).
    expect(everything).not.toContain(phone.slice(2, 8));
  });

  it.each([
    ['the same number', (p: string) => p],
    ['with spaces', (p: string) => `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`],
    ['with +86', (p: string) => `+86${p}`],
    ['with 0086 and dashes', (p: string) => `0086-${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`],
  ])('refuses a second registration of one phone written %s with 409 ALREADY_REGISTERED', async (_label, write) => {
    const slug = await openCampaign();
    const phone = uniquePhone();
    const first = await api.register(slug, registrationBody(phone));
    expect(first.status).toBe(201);
    const { registration } = registrationResponseSchema.parse(await first.json());

    const again = await api.register(slug, registrationBody(write(phone), { name: '李娜' }));

    await expectError(again, 409, 'ALREADY_REGISTERED', '该手机号已报名本活动，请勿重复报名');
    const items = await api.registrations(slug);
    expect(items).toHaveLength(1);
    expect(items[0]?.confirmationCode).toBe(registration.confirmationCode);
  });

  it('lets one phone register for two different campaigns', async () => {
    const [first, second] = [await openCampaign(), await openCampaign()];
    const phone = uniquePhone();
    expect((await api.register(first, registrationBody(phone))).status).toBe(201);
    expect((await api.register(second, registrationBody(phone))).status).toBe(201);
  });

  it('accepts exactly one of 20 concurrent registrations of one phone', async () => {
    const slug = await openCampaign();
    const phone = uniquePhone();

    const responses = await Promise.all(Array.from({ length: 20 }, () => api.register(slug, registrationBody(phone))));

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const res of responses.filter((r) => r.status === 409)) await expectError(res, 409, 'ALREADY_REGISTERED');
    expect(await api.registrations(slug)).toHaveLength(1);
  });

  it('answers 400 INVALID_JSON to a malformed body and writes nothing', async () => {
    const slug = await openCampaign();
    const res = await api.request('POST', `/v1/campaigns/${slug}/registrations`, {
      rawBody: '{"name":"张伟","phone":',
      headers: { 'content-type': 'application/json' },
    });
    await expectError(res, 400, 'INVALID_JSON', '请求内容不是有效的 JSON');
    await expectNoRegistrations(slug);
  });

  it('answers 415 to a text/plain body and writes nothing', async () => {
    const slug = await openCampaign();
    const res = await api.request('POST', `/v1/campaigns/${slug}/registrations`, {
      rawBody: JSON.stringify(registrationBody(uniquePhone())),
      headers: { 'content-type': 'text/plain' },
    });
    await expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectNoRegistrations(slug);
  });

  it('answers 415 when the content type is missing', async () => {
    const slug = await openCampaign();
    const res = await api.request('POST', `/v1/campaigns/${slug}/registrations`, {
      rawBody: new TextEncoder().encode(JSON.stringify(registrationBody(uniquePhone()))),
    });
    await expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectNoRegistrations(slug);
  });

  it('accepts application/json with a UTF-8 charset parameter', async () => {
    const slug = await openCampaign();
    const res = await api.register(slug, registrationBody(uniquePhone()), { 'content-type': 'application/json; charset=UTF-8' });
    expect(res.status).toBe(201);
  });

  it('answers 413 to a 17 KB body and writes nothing', async () => {
    const slug = await openCampaign();
    const res = await api.register(slug, registrationBody(uniquePhone(), { workUnit: 'x'.repeat(17 * 1024) }));
    await expectError(res, 413, 'PAYLOAD_TOO_LARGE', '请求内容过大');
    await expectNoRegistrations(slug);
  });

  it('measures the size in bytes, not characters', async () => {
    const slug = await openCampaign();
    // 6,000 Chinese characters are 18,000 UTF-8 bytes.
    const res = await api.register(slug, registrationBody(uniquePhone(), { workUnit: '工'.repeat(6000) }));
    await expectError(res, 413, 'PAYLOAD_TOO_LARGE');
    await expectNoRegistrations(slug);
  });

  it.each([
    ['missing fields', {}, [
      { field: 'name', message: '请填写姓名' },
      { field: 'phone', message: '请填写手机号' },
      { field: 'workUnit', message: '请填写工作单位' },
      { field: 'consent', message: '请阅读并同意个人信息处理规则' },
    ]],
    ['an extra field', { idCard: '110101199001011234' }, [{ field: 'idCard', message: '不支持的字段：idCard' }]],
    ['an unknown consent purpose', { consents: ['marketing'] }, [{ field: 'consents.0', message: '不支持的同意事项' }]],
    ['consents of the wrong type', { consents: 'notifications' }, [{ field: 'consents', message: expect.any(String) }]],
    ['a bad phone', { phone: '12345678901' }, [{ field: 'phone', message: '请输入正确的 11 位手机号' }]],
    ['consent false', { consent: false }, [{ field: 'consent', message: '请阅读并同意个人信息处理规则' }]],
    ['a one-character name', { name: '张' }, [{ field: 'name', message: '姓名至少 2 个字' }]],
  ] as const)('answers 422 with Chinese field messages for %s and writes nothing', async (label, override, fields) => {
    const slug = await openCampaign();
    const body = label === 'missing fields' ? {} : registrationBody(uniquePhone(), override);

    const res = await api.register(slug, body);

    const envelope = await expectError(res, 422, 'VALIDATION_FAILED', '提交的信息有误，请检查后重试');
    expect(envelope.error.fields).toEqual(fields);
    await expectNoRegistrations(slug);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for a campaign without rules', async () => {
    const slug = uniqueSlug('unknown');
    const res = await api.register(slug, registrationBody(uniquePhone()));
    await expectError(res, 404, 'CAMPAIGN_NOT_FOUND', '活动不存在或尚未发布');
    expect((await api.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}`)).toEqual([]);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for a path that is not a campaign slug', async () => {
    const res = await api.register('Not_A_Slug', registrationBody(uniquePhone()));
    await expectError(res, 404, 'CAMPAIGN_NOT_FOUND');
    expect((await api.scan()).filter((item) => String(item.pk).includes('Not_A_Slug'))).toEqual([]);
  });

  it.each([
    ['not started', { opensAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString() }, '报名尚未开始'],
    ['ended', { opensAt: null, closesAt: new Date(Date.now() - 1000).toISOString() }, '报名已截止'],
    ['disabled', { enabled: false }, '本活动未开放报名'],
  ] as const)('answers 409 REGISTRATION_NOT_OPEN when registration is %s, and writes nothing', async (_label, registration, message) => {
    const slug = await openCampaign({ registration });
    const res = await api.register(slug, registrationBody(uniquePhone()));
    await expectError(res, 409, 'REGISTRATION_NOT_OPEN', message);
    await expectNoRegistrations(slug);
  });

  it('stops taking registrations once the campaign rules are deleted', async () => {
    const slug = await openCampaign();
    expect((await api.register(slug, registrationBody(uniquePhone()))).status).toBe(201);

    expect((await api.deleteRules(slug)).status).toBe(204);
    const res = await api.register(slug, registrationBody(uniquePhone()));

    await expectError(res, 404, 'CAMPAIGN_NOT_FOUND');
    expect(await api.registrations(slug)).toHaveLength(1);
  });

  it('logs no personal data', async () => {
    for (const w of logWrites) w.mockClear();
    const slug = await openCampaign();
    const phone = uniquePhone();
    const body = registrationBody(phone, { name: '王秀英', workUnit: '东方纺织集团' });

    expect((await api.register(slug, body)).status).toBe(201);
    expect((await api.register(slug, body)).status).toBe(409);
    expect((await api.register(slug, { ...body, consent: false })).status).toBe(422);

    const logs = logWrites.flatMap((w) => w.mock.calls.map(([chunk]) => String(chunk))).join('');
    expect(logs).toContain('Registration accepted');
    for (const secret of [phone, maskPhone(phone), phone.slice(-8), '王秀英', '东方纺织集团']) expect(logs).not.toContain(secret);
  });
});

describe('registration that needs a verified phone', () => {
  const verifiedCampaign = () => openCampaign({ registration: { requiresVerifiedParticipant: true } });
  const bearer = (phone: string) => ({ authorization: `Bearer ${signToken(phoneHash(phone, PHONE_HASH_KEY))}` });

  it('registers the phone the participant token verified', async () => {
    const slug = await verifiedCampaign();
    const phone = uniquePhone();
    const res = await api.register(slug, registrationBody(phone), bearer(phone));
    expect(res.status).toBe(201);
    expect(registrationResponseSchema.parse(await res.json()).registration.status).toBe('confirmed');
  });

  it('refuses without a token (401 PARTICIPANT_REQUIRED), with a forged one (401 TOKEN_INVALID) and for another phone (422), writing nothing', async () => {
    const slug = await verifiedCampaign();
    const phone = uniquePhone();
    await expectError(await api.register(slug, registrationBody(phone)), 401, 'PARTICIPANT_REQUIRED');
    const forged = signToken(phoneHash(phone, PHONE_HASH_KEY), { key: 'another-key-0123456789abcdef0123456789' });
    await expectError(await api.register(slug, registrationBody(phone), { authorization: `Bearer ${forged}` }), 401, 'TOKEN_INVALID');
    const other = await api.register(slug, registrationBody(phone), bearer(uniquePhone()));
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: [{ field: 'phone', message: '报名手机号须与已验证的手机号一致' }] },
    });
    await expectNoRegistrations(slug);
  });

  it('ignores a token where the rules do not ask for one', async () => {
    const slug = await openCampaign();
    const phone = uniquePhone();
    const res = await api.register(slug, registrationBody(phone), bearer(uniquePhone()));
    expect(res.status).toBe(201);
  });
});
