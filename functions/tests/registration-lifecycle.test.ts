import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { myParticipationResponseSchema, registrationResponseSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { phoneHash } from '../src/lib/phone-hash.ts';
import { expectError } from './support/expect-error.ts';
import {
  INTERNAL_TOKEN,
  PHONE_HASH_KEY,
  openRules,
  registrationBody,
  startTestApi,
  uniquePhone,
  uniqueSlug,
  type TestApi,
} from './support/test-api.ts';

const TOKEN_KEY = 'test-participant-token-key-0123456789abcdef';
let api: TestApi;
// Loaded after the API starts: it reads the environment startTestApi sets.
let signParticipantToken: typeof import('../src/lib/participant-token.ts').signParticipantToken;

beforeAll(async () => {
  api = await startTestApi({ PARTICIPANT_TOKEN_KEY: TOKEN_KEY });
  ({ signParticipantToken } = await import('../src/lib/participant-token.ts'));
});
afterAll(async () => {
  await api?.close();
});

async function openCampaign(registration: NonNullable<Parameters<typeof openRules>[1]>['registration'] = {}): Promise<string> {
  const slug = uniqueSlug('life');
  expect((await api.putRules(openRules(slug, { registration }))).status).toBe(200);
  return slug;
}

/** A name nobody else uses, so a scan can look for it. */
let serial = 0;
function uniqueName(): string {
  serial += 1;
  return `测试${'甲乙丙丁戊己庚辛壬癸'[serial % 10]}${String(Date.now()).slice(-6)}${serial}`;
}

async function register(slug: string, overrides: Record<string, unknown> = {}, phone = uniquePhone()) {
  const res = await api.register(slug, registrationBody(phone, overrides));
  expect(res.status).toBe(201);
  const { registration } = registrationResponseSchema.parse(await res.json());
  return { phone, code: registration.confirmationCode, status: registration.status, payload: registration.checkIn.payload };
}

const internal = { authorization: `Bearer ${INTERNAL_TOKEN}` };
const cancel = (slug: string, body: unknown) => api.request('POST', `/v1/campaigns/${slug}/registrations/cancel`, { body });
const checkIn = (slug: string, body: unknown, headers: Record<string, string> = internal) =>
  api.request('POST', `/v1/internal/campaigns/${slug}/check-ins`, { body, headers });
const exportPage = (slug: string, query = '', headers: Record<string, string> = internal) =>
  api.request('GET', `/v1/internal/campaigns/${slug}/registrations${query}`, { headers });
const tokenFor = (phone: string) =>
  signParticipantToken({ sub: phoneHash(phone, PHONE_HASH_KEY), purpose: 'participation' }, TOKEN_KEY).token;
const me = (method: 'GET' | 'DELETE', token?: string) =>
  api.request(method, '/v1/me', { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

/** Every item of the campaign's partition except the rate counters (which a wrong try is meant to write). */
async function campaignState(slug: string) {
  return (await api.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}`).sort((a, b) => String(a.sk).localeCompare(String(b.sk)));
}

describe('POST /v1/campaigns/{slug}/registrations/cancel', () => {
  it('cancels with the phone and code, keeps the item until its TTL, and answers the same to a repeat', async () => {
    const slug = await openCampaign();
    const r = await register(slug);

    const res = await cancel(slug, { phone: `+86 ${r.phone}`, confirmationCode: r.code.toLowerCase() });

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ registration: { campaign: slug, confirmationCode: r.code, status: 'cancelled' } });
    const [item] = await api.registrations(slug);
    expect(item).toMatchObject({ status: 'cancelled', cancelledAt: expect.any(String), expiresAt: expect.any(Number) });
    expect((await cancel(slug, { phone: r.phone, confirmationCode: r.code })).status).toBe(200);
  });

  it('answers a wrong code and an unregistered phone alike with 404 REGISTRATION_NOT_FOUND, changing nothing', async () => {
    const slug = await openCampaign();
    const r = await register(slug);
    const before = await campaignState(slug);

    const wrong = await expectError(await cancel(slug, { phone: r.phone, confirmationCode: 'ZZZZZZZZ' }), 404, 'REGISTRATION_NOT_FOUND');
    const nobody = await expectError(await cancel(slug, { phone: uniquePhone(), confirmationCode: r.code }), 404, 'REGISTRATION_NOT_FOUND');

    expect(wrong).toEqual(nobody);
    expect(wrong.error.message).toBe('未找到该报名，请核对手机号和确认码');
    expect(await campaignState(slug)).toEqual(before);
  });

  it('limits tries per phone: after 5 wrong codes even the right one answers 429 RATE_LIMITED', async () => {
    const slug = await openCampaign();
    const r = await register(slug);

    const wrong = await Promise.all(Array.from({ length: 5 }, () => cancel(slug, { phone: r.phone, confirmationCode: '22222222' })));
    for (const res of wrong) await expectError(res, 404, 'REGISTRATION_NOT_FOUND');
    const limited = await cancel(slug, { phone: r.phone, confirmationCode: r.code });

    const body = await expectError(limited, 429, 'RATE_LIMITED', '操作过于频繁，请稍后再试');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(body.error.details?.retryAfter).toBe(Number(limited.headers.get('retry-after')));
    expect((await api.registrations(slug))[0]?.status).toBe('confirmed');
    // The counter is keyed by the phone hash, never the number.
    const counters = (await api.scan()).filter((item) => String(item.pk).startsWith('REGCANCEL#'));
    expect(JSON.stringify(counters)).not.toContain(r.phone);
  });

  it('refuses to cancel a registration already checked in', async () => {
    const slug = await openCampaign();
    const r = await register(slug);
    expect((await checkIn(slug, { code: r.code, by: 'editor@example.org' })).status).toBe(200);

    await expectError(await cancel(slug, { phone: r.phone, confirmationCode: r.code }), 409, 'ALREADY_CHECKED_IN');
    expect((await api.registrations(slug))[0]?.status).toBe('confirmed');
  });

  it.each([
    ['malformed JSON', { rawBody: '{"phone":', headers: { 'content-type': 'application/json' } }, 400, 'INVALID_JSON'],
    ['a text/plain body', { rawBody: '{}', headers: { 'content-type': 'text/plain' } }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['wrong types', { body: { phone: 13900000000, confirmationCode: 12345678 } }, 422, 'VALIDATION_FAILED'],
    ['an extra field', { body: { phone: '13900000000', confirmationCode: 'ABCDEFGH', name: '张伟' } }, 422, 'VALIDATION_FAILED'],
    ['a code of the wrong shape', { body: { phone: '13900000000', confirmationCode: 'ABC10O' } }, 422, 'VALIDATION_FAILED'],
    ['missing fields', { body: {} }, 422, 'VALIDATION_FAILED'],
  ] as const)('answers %s with its error and writes nothing', async (_label, request, status, code) => {
    const slug = await openCampaign();
    await register(slug);
    const before = await api.scan();

    await expectError(await api.request('POST', `/v1/campaigns/${slug}/registrations/cancel`, request), status, code);

    expect(await api.scan()).toEqual(before);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for an unknown campaign and writes nothing', async () => {
    const before = await api.scan();
    await expectError(await cancel(uniqueSlug('nope'), { phone: uniquePhone(), confirmationCode: 'ABCDEFGH' }), 404, 'CAMPAIGN_NOT_FOUND');
    expect(await api.scan()).toEqual(before);
  });
});

describe('POST /v1/internal/campaigns/{slug}/check-ins', () => {
  it('checks in by code or by QR payload, answering name and masked phone, and only once', async () => {
    const slug = await openCampaign();
    const name = uniqueName();
    const a = await register(slug, { name });
    const b = await register(slug);

    const res = await checkIn(slug, { code: a.code, by: 'editor@example.org' });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      registration: {
        campaign: slug,
        confirmationCode: a.code,
        name,
        phoneMasked: `${a.phone.slice(0, 3)}****${a.phone.slice(-4)}`,
        status: 'confirmed',
        checkedInAt: expect.any(String),
        checkedInBy: 'editor@example.org',
      },
    });
    expect(text).not.toContain(a.phone);
    expect((await checkIn(slug, { code: b.payload, by: 'editor@example.org' })).status).toBe(200);

    const again = await expectError(await checkIn(slug, { code: a.code, by: 'other@example.org' }), 409, 'ALREADY_CHECKED_IN', '该报名已签到');
    expect(again.error.details?.checkedInAt).toEqual(expect.any(String));
    const items = await api.registrations(slug);
    expect(items.find((i) => i.confirmationCode === a.code)?.checkedInBy).toBe('editor@example.org');
  });

  it('refuses waitlisted and cancelled registrations with their own codes, and unknown codes with 404', async () => {
    const slug = await openCampaign({ capacity: 1 });
    const confirmed = await register(slug);
    const waiting = await register(slug);
    expect(waiting.status).toBe('waitlisted');
    const leaving = await register(slug);
    expect((await cancel(slug, { phone: leaving.phone, confirmationCode: leaving.code })).status).toBe(200);
    const before = await campaignState(slug);

    await expectError(await checkIn(slug, { code: waiting.code, by: 'e' }), 409, 'REGISTRATION_WAITLISTED');
    await expectError(await checkIn(slug, { code: leaving.code, by: 'e' }), 409, 'REGISTRATION_CANCELLED');
    await expectError(await checkIn(slug, { code: 'ZZZZZZZZ', by: 'e' }), 404, 'REGISTRATION_NOT_FOUND');
    expect(await campaignState(slug)).toEqual(before);
    expect(confirmed.status).toBe('confirmed');
  });

  it.each([
    ['no bearer token', { body: { code: 'ABCDEFGH', by: 'e' }, headers: {} }, 401, 'UNAUTHORIZED'],
    ['a wrong bearer token', { body: { code: 'ABCDEFGH', by: 'e' }, headers: { authorization: 'Bearer nope-nope-nope-nope' } }, 401, 'UNAUTHORIZED'],
    ['malformed JSON', { rawBody: '{"code":', headers: { ...internal, 'content-type': 'application/json' } }, 400, 'INVALID_JSON'],
    ['wrong types', { body: { code: 42, by: true }, headers: internal }, 422, 'VALIDATION_FAILED'],
    ['an extra field', { body: { code: 'ABCDEFGH', by: 'e', status: 'confirmed' }, headers: internal }, 422, 'VALIDATION_FAILED'],
    ['another campaign’s QR payload', { body: { code: 'UNION-CHECKIN:other-campaign:ABCDEFGH', by: 'e' }, headers: internal }, 422, 'VALIDATION_FAILED'],
  ] as const)('answers %s with its error and writes nothing', async (_label, request, status, code) => {
    const slug = await openCampaign();
    await register(slug);
    const before = await api.scan();

    await expectError(await api.request('POST', `/v1/internal/campaigns/${slug}/check-ins`, request), status, code);

    expect(await api.scan()).toEqual(before);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for an unknown campaign', async () => {
    await expectError(await checkIn(uniqueSlug('nope'), { code: 'ABCDEFGH', by: 'e' }), 404, 'CAMPAIGN_NOT_FOUND');
  });
});

describe('personal data at rest', () => {
  it('keeps name, work unit and phone out of the table in clear; GET /v1/me shows them to the person', async () => {
    const slug = await openCampaign();
    const name = uniqueName();
    const workUnit = `${uniqueName()}机械厂`;
    const r = await register(slug, { name, workUnit, consents: ['notifications'] });

    const raw = JSON.stringify(await api.scan());
    for (const clear of [name, workUnit, r.phone, r.phone.slice(2, 8)]) expect(raw).not.toContain(clear);

    const res = await me('GET', tokenFor(r.phone));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { registrations: Record<string, unknown>[]; votes: unknown[] };
    expect(body.registrations).toEqual([
      {
        campaign: slug,
        status: 'confirmed',
        confirmationCode: r.code,
        name,
        workUnit,
        phoneMasked: `${r.phone.slice(0, 3)}****${r.phone.slice(-4)}`,
        consents: [
          { purpose: 'registration', version: '2019-1', at: expect.any(String) },
          { purpose: 'notifications', version: '2019-1', at: expect.any(String) },
        ],
        registeredAt: expect.any(String),
      },
    ]);
    expect(body.votes).toEqual([]);
  });
});

describe('GET and DELETE /v1/me', () => {
  /** A vote item as the votes handler writes it (contract in lib/tables.ts); that handler lives on another branch. */
  async function putVote(
    phone: string,
    receipt: string,
    counted: boolean,
    { campaign = 'singer-2026', round = 'final', candidate = 'contestants-12', castAt = new Date().toISOString() } = {},
  ) {
    await createDocumentClient(api.client).send(
      new PutCommand({
        TableName: api.tableName,
        Item: {
          pk: `VOTE#${receipt}`,
          sk: 'VOTE',
          entity: 'vote',
          campaign,
          round,
          candidate,
          day: castAt.slice(0, 10),
          castAt,
          requestHash: 'f'.repeat(64),
          gsi1pk: `PARTICIPANT#${phoneHash(phone, PHONE_HASH_KEY)}`,
          gsi1sk: `VOTE#${castAt}#${receipt}`,
          expiresAt: Math.floor(Date.now() / 1000) + 86400,
          ...(counted ? { countedAt: castAt } : {}),
        },
      }),
    );
  }

  it('lists the person’s registrations in two campaigns and their votes with receipts', async () => {
    const [one, two] = [await openCampaign({ capacity: 1 }), await openCampaign()];
    const phone = uniquePhone();
    await register(one);
    await register(one, {}, phone);
    await register(two, {}, phone);
    const receipt = 'a'.repeat(32);
    await putVote(phone, receipt, true);

    const res = await me('GET', tokenFor(phone));

    expect(res.status).toBe(200);
    const body = (await res.json()) as { registrations: Record<string, unknown>[]; votes: Record<string, unknown>[] };
    expect(body.registrations.map((r) => [r.campaign, r.status, r.waitlistPosition]).sort()).toEqual(
      [[one, 'waitlisted', 1], [two, 'confirmed', undefined]].sort(),
    );
    // No rules snapshot names campaign singer-2026's round or candidate (it was never published, or is gone).
    expect(body.votes).toEqual([
      {
        receipt,
        campaign: 'singer-2026',
        round: 'final',
        candidate: 'contestants-12',
        castAt: expect.any(String),
        counted: true,
        roundName: null,
        candidateName: null,
        like: false,
      },
    ]);
  });

  it('names each vote’s round and candidate from the campaign’s rules, and tells likes of model workers apart', async () => {
    const DAY_MS = 24 * 60 * 60 * 1000;
    const window = { opensAt: new Date(Date.now() - DAY_MS).toISOString(), closesAt: new Date(Date.now() + DAY_MS).toISOString() };
    const voting = { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: null };
    const singers = openRules(uniqueSlug('singers'), {
      kind: 'singer-contest',
      title: '职工歌手大赛',
      voting: {
        ...voting,
        rounds: [{ id: 'final', name: '决赛', ...window, candidates: [{ id: 'contestants-12', name: '李晓雯' }, { id: 'contestants-13', name: '陈默' }] }],
      },
    });
    const likes = openRules(uniqueSlug('likes'), {
      kind: 'model-workers',
      title: '劳模风采',
      registration: { enabled: false, opensAt: null, closesAt: null },
      voting: {
        ...voting,
        rounds: [
          {
            id: 'likes',
            name: '劳模点赞',
            ...window,
            candidateSource: 'all-model-workers',
            candidates: Array.from({ length: 2_000 }, (_, i) => ({ id: `model-workers-${i + 1}`, name: i === 1_499 ? '王进喜' : `劳模${i + 1}` })),
          },
        ],
      },
    });
    for (const rules of [singers, likes]) expect((await api.putRules(rules)).status).toBe(200);
    const phone = uniquePhone();
    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    await putVote(phone, 'c'.repeat(32), true, { campaign: singers.slug, candidate: 'contestants-13', castAt: at(3) });
    await putVote(phone, 'd'.repeat(32), false, { campaign: likes.slug, round: 'likes', candidate: 'model-workers-1500', castAt: at(2) });
    // Liked before the worker was unpublished: the snapshot no longer lists them, but the round is still there.
    await putVote(phone, 'e'.repeat(32), true, { campaign: likes.slug, round: 'likes', candidate: 'model-workers-9999', castAt: at(1) });
    // A round the editors have since removed.
    await putVote(phone, 'f'.repeat(32), true, { campaign: singers.slug, round: 'semifinal', candidate: 'contestants-12', castAt: at(0) });

    const res = await me('GET', tokenFor(phone));

    expect(res.status).toBe(200);
    const body = myParticipationResponseSchema.parse(await res.json());
    expect(body.votes.map(({ receipt, roundName, candidateName, like }) => [receipt[0], roundName, candidateName, like])).toEqual([
      ['f', null, null, false],
      ['e', '劳模点赞', null, true],
      ['d', '劳模点赞', '王进喜', true],
      ['c', '决赛', '陈默', false],
    ]);
  });

  it('deletes the person’s registrations (promoting the next in line), unlinks their votes, and leaves nothing personal', async () => {
    const slug = await openCampaign({ capacity: 1 });
    const phone = uniquePhone();
    const name = uniqueName();
    const mine = await register(slug, { name }, phone);
    const next = await register(slug);
    expect(next.status).toBe('waitlisted');
    const other = await openCampaign();
    await register(other, { name }, phone);
    const receipt = 'b'.repeat(32);
    await putVote(phone, receipt, true);
    const hash = phoneHash(phone, PHONE_HASH_KEY);

    const res = await me('DELETE', tokenFor(phone));

    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ deleted: { registrations: 2, votesUnlinked: 1 } });
    const items = await api.scan();
    const left = items.filter((item) => JSON.stringify(item).includes(hash));
    // Only the cancellation try counters (none here) could carry the hash; nothing else may.
    expect(left).toEqual([]);
    expect(items.filter((item) => item.confirmationCode === mine.code || item.sk === `CODE#${mine.code}`)).toEqual([]);
    const vote = items.find((item) => item.pk === `VOTE#${receipt}`);
    expect(vote).toMatchObject({ entity: 'vote', candidate: 'contestants-12', countedAt: expect.any(String) });
    expect(vote).not.toHaveProperty('gsi1pk');
    expect(vote).not.toHaveProperty('gsi1sk');
    const promoted = (await api.registrations(slug)).find((item) => item.confirmationCode === next.code);
    expect(promoted?.status).toBe('confirmed');
    expect(items.find((item) => item.pk === `CAMPAIGN#${slug}` && item.sk === 'COUNT#REGISTRATIONS')).toMatchObject({ confirmed: 1, waitlisted: 0 });

    const after = await me('GET', tokenFor(phone));
    expect(await after.json()).toEqual({ registrations: [], votes: [] });
    expect(await (await me('DELETE', tokenFor(phone))).json()).toEqual({ deleted: { registrations: 0, votesUnlinked: 0 } });
  });

  it.each([
    ['no token', undefined],
    ['a token signed with another key', 'forged'],
    ['garbage', 'not-a-token'],
  ])('answers %s with 401 TOKEN_INVALID, for GET and DELETE, and deletes nothing', async (_label, given) => {
    const token = given === 'forged' ? signParticipantToken({ sub: 'c'.repeat(64), purpose: 'participation' }, 'x'.repeat(40)).token : given;
    const slug = await openCampaign();
    await register(slug);
    const before = await api.scan();

    await expectError(await me('GET', token), 401, 'TOKEN_INVALID');
    await expectError(await me('DELETE', token), 401, 'TOKEN_INVALID');

    expect(await api.scan()).toEqual(before);
  });
});

describe('GET /v1/internal/campaigns/{slug}/registrations', () => {
  it('pages through every registration with a cursor, masked unless reveal=phone', async () => {
    const slug = await openCampaign({ capacity: 2 });
    const registered = [];
    for (let i = 0; i < 5; i += 1) registered.push(await register(slug, { name: uniqueName() }));

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await exportPage(slug, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      for (const r of registered) expect(text).not.toContain(r.phone);
      const body = JSON.parse(text) as { registrations: Record<string, unknown>[]; nextCursor: string | null };
      expect(body.registrations.length).toBeLessThanOrEqual(2);
      seen.push(...body.registrations);
      cursor = body.nextCursor;
      pages += 1;
    } while (cursor);

    expect(pages).toBeGreaterThanOrEqual(3);
    expect(seen.map((r) => r.confirmationCode).sort()).toEqual(registered.map((r) => r.code).sort());
    expect(seen.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition).sort()).toEqual([1, 2, 3]);
    expect(seen.every((r) => !('phone' in r))).toBe(true);

    const revealed = (await (await exportPage(slug, '?reveal=phone&limit=500')).json()) as { registrations: Record<string, unknown>[] };
    expect(revealed.registrations.map((r) => r.phone).sort()).toEqual(registered.map((r) => r.phone).sort());
    expect(revealed.registrations[0]).toMatchObject({
      name: expect.any(String),
      workUnit: '市第一机床厂',
      phoneMasked: expect.stringMatching(/^139\*{4}\d{4}$/),
      consents: [{ purpose: 'registration', version: '2019-1', at: expect.any(String) }],
      checkedInAt: null,
    });
  });

  it.each([
    ['no bearer token', '', {}, 401, 'UNAUTHORIZED'],
    ['a wrong bearer token', '', { authorization: 'Bearer wrong-token-wrong' }, 401, 'UNAUTHORIZED'],
    ['reveal of something else', '?reveal=name', internal, 422, 'VALIDATION_FAILED'],
    ['an unknown parameter', '?status=confirmed', internal, 422, 'VALIDATION_FAILED'],
    ['a bad limit', '?limit=0', internal, 422, 'VALIDATION_FAILED'],
    ['a forged cursor', `?cursor=${Buffer.from('RULES').toString('base64url')}`, internal, 422, 'VALIDATION_FAILED'],
  ] as const)('answers %s with its error', async (_label, query, headers, status, code) => {
    const slug = await openCampaign();
    await register(slug);
    await expectError(await exportPage(slug, query, headers), status, code);
  });

  it('answers 404 CAMPAIGN_NOT_FOUND for an unknown campaign', async () => {
    await expectError(await exportPage(uniqueSlug('nope')), 404, 'CAMPAIGN_NOT_FOUND');
  });
});
