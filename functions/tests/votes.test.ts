import { randomUUID } from 'node:crypto';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { errorEnvelopeSchema, shanghaiDay, VOTE_RATE_LIMITS, voteResponseSchema, type CampaignRules } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { clientHash } from '../src/lib/otp.ts';
import { phoneHash } from '../src/lib/phone-hash.ts';
import { expectError } from './support/expect-error.ts';
import { openRules, PARTICIPANT_TOKEN_KEY, PHONE_HASH_KEY, signToken, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const ROUND = 'round_1';
const CANDIDATES = ['contestants-1', 'contestants-2', 'contestants-3', 'contestants-4'];

let api: TestApi;

beforeAll(async () => {
  // No tally here: these tests see votes as the request left them (tests/results.test.ts covers counting).
  api = await startTestApi({ PARTICIPANT_TOKEN_KEY }, { pollStream: false });
});
afterAll(async () => {
  await api?.close();
});

type Voting = NonNullable<CampaignRules['voting']>;

/** Rules of a fresh campaign whose round `round_1` is open now, with any voting field overridden. */
function votingRules(voting: Partial<Voting> = {}, slug = uniqueSlug('vote')): CampaignRules {
  return openRules(slug, {
    kind: 'singer-contest',
    voting: {
      enabled: true,
      requiresVerifiedParticipant: true,
      perParticipantPerDay: 5,
      perCandidatePerDay: null,
      perParticipantPerRound: null,
      rounds: [
        {
          id: ROUND,
          name: '初赛',
          opensAt: new Date(Date.now() - DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + 7 * DAY_MS).toISOString(),
          candidates: CANDIDATES.map((id, i) => ({ id, name: `选手${i + 1}` })),
        },
        {
          id: 'round_2',
          name: '复赛',
          opensAt: new Date(Date.now() + 8 * DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + 15 * DAY_MS).toISOString(),
          candidates: [{ id: 'contestants-9', name: '选手9' }],
        },
      ],
      ...voting,
    },
  });
}

async function publish(rules: CampaignRules): Promise<string> {
  const res = await api.putRules(rules);
  expect(res.status).toBe(200);
  return rules.slug;
}

/** A verified participant: a phone, its hash and a valid participant token. */
function participant() {
  const phone = uniquePhone();
  const hash = phoneHash(phone, PHONE_HASH_KEY);
  return { phone, hash, token: signToken(hash) };
}

const newKey = () => randomUUID();

function vote(body: unknown, { token, key = newKey(), headers = {} }: { token?: string; key?: string | null; headers?: Record<string, string> } = {}) {
  return api.request('POST', '/v1/votes', {
    body,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key === null ? {} : { 'idempotency-key': key }),
      ...headers,
    },
  });
}

const getVote = (receipt: string) => api.request('GET', `/v1/votes/${receipt}`);

async function voteItems(slug: string) {
  return (await api.scan()).filter((item) => item.entity === 'vote' && item.campaign === slug);
}
async function quotaItems(voterHash: string) {
  return (await api.scan()).filter((item) => item.pk === `QUOTA#${voterHash}`);
}
/**
 * A way to read the table's items that DynamoDB Local's TTL sweeper cannot change within a test (it
 * deletes items past their expiry in the background, which is not a write): those expiring more than
 * 30 s from now, or never. `withoutRateCounters` also leaves out the request counters, which count
 * every request that passed the checks, a refused one too.
 */
function stableItems({ withoutRateCounters = false } = {}): () => Promise<Record<string, unknown>[]> {
  const cutoffSeconds = Date.now() / 1000 + 30;
  return async () =>
    (await api.scan()).filter(
      (item) =>
        !(withoutRateCounters && String(item.pk).startsWith('RATE#')) &&
        (typeof item.expiresAt !== 'number' || item.expiresAt > cutoffSeconds),
    );
}
async function errorCodes(responses: Response[]): Promise<string[]> {
  return Promise.all(responses.map(async (r) => errorEnvelopeSchema.parse(await r.json()).error.code));
}

describe('POST /v1/votes', () => {
  it('accepts a vote with a receipt, storing it keyed by the receipt and never the phone', async () => {
    const slug = await publish(votingRules());
    const voter = participant();
    const before = new Date();

    const res = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-2' }, { token: voter.token });

    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('idempotency-replayed')).toBeNull();
    const text = await res.text();
    expect(text).not.toContain(voter.hash);
    const body = voteResponseSchema.parse(JSON.parse(text));
    expect(body.vote).toEqual({ receipt: expect.stringMatching(/^[0-9a-f]{32}$/), campaign: slug, round: ROUND, candidate: 'contestants-2', castAt: expect.any(String), counted: false });

    const [item, ...others] = await voteItems(slug);
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      pk: `VOTE#${body.vote.receipt}`,
      sk: 'VOTE',
      round: ROUND,
      candidate: 'contestants-2',
      castAt: body.vote.castAt,
      requestHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      gsi1pk: `PARTICIPANT#${voter.hash}`,
      gsi1sk: `VOTE#${body.vote.castAt}#${body.vote.receipt}`,
    });
    expect([shanghaiDay(before), shanghaiDay(new Date())]).toContain(item?.day);
    // Kept 180 days after the round closes.
    const closesAt = Date.parse(votingRules().voting!.rounds![0]!.closesAt);
    expect(Number(item?.expiresAt)).toBeGreaterThan(closesAt / 1000 + 179 * 86_400);
    expect(item).not.toHaveProperty('countedAt');

    const quotas = await quotaItems(voter.hash);
    expect(quotas).toEqual([expect.objectContaining({ sk: `${slug}#${ROUND}#DAY#${item?.day}`, count: 1, entity: 'vote-quota' })]);
    expect(JSON.stringify(await api.scan())).not.toContain(voter.phone);
  });

  it('50 parallel votes by one participant over a quota of 1 → exactly 1 accepted', async () => {
    const slug = await publish(votingRules({ perParticipantPerDay: 1 }));
    const voter = participant();

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => vote({ campaign: slug, round: ROUND, candidate: CANDIDATES[i % CANDIDATES.length] }, { token: voter.token })),
    );

    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    const refused = responses.filter((r) => r.status !== 201);
    expect(await errorCodes(refused)).toEqual(Array.from({ length: 49 }, () => 'VOTE_QUOTA_EXCEEDED'));
    expect(await voteItems(slug)).toHaveLength(1);
    const quotas = await quotaItems(voter.hash);
    expect(quotas.map((q) => q.count)).toEqual([1]);
  });

  it('answers ten parallel retries of one Idempotency-Key with one vote and one receipt', async () => {
    const slug = await publish(votingRules({ perParticipantPerDay: 3 }));
    const voter = participant();
    const key = newKey();

    const responses = await Promise.all(Array.from({ length: 10 }, () => vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token, key })));

    expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 10 }, () => 201));
    expect(responses.filter((r) => r.headers.get('idempotency-replayed') === 'true')).toHaveLength(9);
    const bodies = await Promise.all(responses.map(async (r) => voteResponseSchema.parse(await r.json())));
    expect(new Set(bodies.map((b) => JSON.stringify(b))).size).toBe(1);
    expect(await voteItems(slug)).toHaveLength(1);
    expect((await quotaItems(voter.hash)).map((q) => q.count)).toEqual([1]);

    // A later retry too: the first answer again, no quota used.
    const later = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token, key });
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotency-replayed')).toBe('true');
    expect(await later.json()).toEqual(bodies[0]);
    expect((await quotaItems(voter.hash)).map((q) => q.count)).toEqual([1]);
  });

  it('refuses one Idempotency-Key reused for another candidate with 422 and writes nothing', async () => {
    const slug = await publish(votingRules());
    const voter = participant();
    const key = newKey();
    expect((await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token, key })).status).toBe(201);
    const items = stableItems({ withoutRateCounters: true });
    const before = await items();

    const res = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-2' }, { token: voter.token, key });

    await expectError(res, 422, 'IDEMPOTENCY_KEY_REUSED', '该请求编号已用于不同的内容，请刷新后重试');
    expect(await items()).toEqual(before);
  });

  it('gives the same Idempotency-Key of two participants two votes', async () => {
    const slug = await publish(votingRules());
    const key = newKey();
    const [a, b] = await Promise.all(
      [participant(), participant()].map((p) => vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: p.token, key })),
    );
    const receipts = await Promise.all([a, b].map(async (r) => voteResponseSchema.parse(await r!.json()).vote.receipt));
    expect(new Set(receipts).size).toBe(2);
    expect(await voteItems(slug)).toHaveLength(2);
  });

  it('refuses a second vote for the same candidate on the same day (perCandidatePerDay), then the day quota', async () => {
    const slug = await publish(votingRules({ perParticipantPerDay: 3, perCandidatePerDay: 1 }));
    const voter = participant();
    const cast = (candidate: string) => vote({ campaign: slug, round: ROUND, candidate }, { token: voter.token });

    expect((await cast('contestants-1')).status).toBe(201);
    const again = await expectError(await cast('contestants-1'), 409, 'VOTE_QUOTA_EXCEEDED', '今天已为该选手投过票，请明天再来');
    expect(again.error.details).toEqual({ quota: 'perCandidatePerDay', limit: 1 });
    expect((await cast('contestants-2')).status).toBe(201);
    expect((await cast('contestants-3')).status).toBe(201);
    const day = await expectError(await cast('contestants-4'), 409, 'VOTE_QUOTA_EXCEEDED');
    expect(day.error.details).toEqual({ quota: 'perParticipantPerDay', limit: 3 });
    expect(day.error.message).toContain('今日投票次数已用完');

    expect(await voteItems(slug)).toHaveLength(3);
    const counts = Object.fromEntries((await quotaItems(voter.hash)).map((q) => [String(q.sk).replace(/^.*#DAY#\d{4}-\d{2}-\d{2}/, 'DAY'), q.count]));
    expect(counts).toEqual({ DAY: 3, 'DAY#CAND#contestants-1': 1, 'DAY#CAND#contestants-2': 1, 'DAY#CAND#contestants-3': 1 });
  });

  it('refuses votes past the round quota (perParticipantPerRound)', async () => {
    const slug = await publish(votingRules({ perParticipantPerDay: null, perParticipantPerRound: 2 }));
    const voter = participant();
    const cast = (candidate: string) => vote({ campaign: slug, round: ROUND, candidate }, { token: voter.token });

    expect((await cast('contestants-1')).status).toBe(201);
    expect((await cast('contestants-1')).status).toBe(201);
    const body = await expectError(await cast('contestants-2'), 409, 'VOTE_QUOTA_EXCEEDED', '本轮投票次数已用完（每轮 2 票）');
    expect(body.error.details).toEqual({ quota: 'perParticipantPerRound', limit: 2 });

    const [counter, ...others] = await quotaItems(voter.hash);
    expect(others).toEqual([]);
    expect(counter).toMatchObject({ sk: `${slug}#${ROUND}#ROUND`, count: 2 });
    // The counter outlives the round (editors may extend it), by 30 days.
    const closesAt = Date.parse(votingRules().voting!.rounds![0]!.closesAt) / 1000;
    expect(Number(counter?.expiresAt)).toBeGreaterThan(closesAt + 29 * 86_400);
  });

  it('keys the day quota by the Asia/Shanghai day, expiring at its end', async () => {
    const slug = await publish(votingRules({ perParticipantPerDay: 2 }));
    const voter = participant();
    const before = new Date();
    expect((await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token })).status).toBe(201);
    const after = new Date();

    const [counter] = await quotaItems(voter.hash);
    const day = String(counter?.sk).split('#DAY#')[1];
    expect([shanghaiDay(before), shanghaiDay(after)]).toContain(day);
    // Expires at the next midnight in Shanghai (UTC+8): 16:00 UTC of the day.
    expect(new Date(Number(counter?.expiresAt) * 1000).toISOString()).toBe(`${day}T16:00:00.000Z`);
  });

  describe('campaigns that do not require a verified phone', () => {
    it('keys a vote without a token by the client address, outside the participant index', async () => {
      const slug = await publish(votingRules({ requiresVerifiedParticipant: false, perParticipantPerDay: 1 }));
      const res = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { headers: { 'cloudfront-viewer-address': '198.51.100.23:4711' } });
      expect(res.status).toBe(201);
      const [item] = await voteItems(slug);
      expect(item).not.toHaveProperty('gsi1pk');
      expect((await quotaItems(clientHash(PHONE_HASH_KEY, '198.51.100.23'))).map((q) => q.count)).toEqual([1]);
      expect(JSON.stringify(await api.scan())).not.toContain('198.51.100.23');
      // The same address again: the quota is the address's.
      await expectError(
        await vote({ campaign: slug, round: ROUND, candidate: 'contestants-2' }, { headers: { 'cloudfront-viewer-address': '198.51.100.23:4712' } }),
        409,
        'VOTE_QUOTA_EXCEEDED',
      );
    });

    it('still uses the phone hash when a token is sent, and refuses a bad token', async () => {
      const slug = await publish(votingRules({ requiresVerifiedParticipant: false }));
      const voter = participant();
      expect((await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token })).status).toBe(201);
      expect((await quotaItems(voter.hash)).map((q) => q.count)).toEqual([1]);
      await expectError(await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: 'forged.token' }), 401, 'TOKEN_INVALID');
    });
  });

  describe('refuses bad input with the error envelope and writes nothing', () => {
    const expired = () => {
      const hash = phoneHash(uniquePhone(), PHONE_HASH_KEY);
      return signToken(hash, { issuedAt: new Date(Date.now() - 3 * 60 * 60 * 1000) });
    };
    const forged = () => signToken('c'.repeat(64), { key: 'another-key-0123456789abcdef0123456789' });
    type Case = [label: string, build: (slug: string, token: string) => Parameters<typeof api.request>[2] & { headers?: Record<string, string> }, status: number, code: string, message?: string];
    const body = (slug: string, extra: Record<string, unknown> = {}) => ({ campaign: slug, round: ROUND, candidate: 'contestants-1', ...extra });
    const auth = (token: string, key: string | null = newKey()) => ({
      authorization: `Bearer ${token}`,
      ...(key === null ? {} : { 'idempotency-key': key }),
    });

    it.each<Case>([
      ['malformed JSON', (slug, t) => ({ rawBody: `{"campaign":"${slug}",`, headers: { ...auth(t), 'content-type': 'application/json' } }), 400, 'INVALID_JSON'],
      ['a text/plain body', (slug, t) => ({ rawBody: JSON.stringify(body(slug)), headers: { ...auth(t), 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['an oversized body', (slug, t) => ({ body: body(slug, { pad: 'x'.repeat(17 * 1024) }), headers: auth(t) }), 413, 'PAYLOAD_TOO_LARGE'],
      ['a JSON array', (slug, t) => ({ body: [body(slug)], headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['a missing candidate', (slug, t) => ({ body: { campaign: slug, round: ROUND }, headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['a numeric candidate', (slug, t) => ({ body: body(slug, { candidate: 12 }), headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['a round of the wrong type', (slug, t) => ({ body: body(slug, { round: ['round_1'] }), headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['a malformed campaign', (_slug, t) => ({ body: body('Not A Slug'), headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['an extra field', (slug, t) => ({ body: body(slug, { count: 100 }), headers: auth(t) }), 422, 'VALIDATION_FAILED'],
      ['no Idempotency-Key', (slug, t) => ({ body: body(slug), headers: auth(t, null) }), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['a short Idempotency-Key', (slug, t) => ({ body: body(slug), headers: auth(t, 'abc') }), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['an Idempotency-Key with spaces', (slug, t) => ({ body: body(slug), headers: auth(t, 'abc def ghi') }), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['an Idempotency-Key of 129 characters', (slug, t) => ({ body: body(slug), headers: auth(t, 'k'.repeat(129)) }), 400, 'IDEMPOTENCY_KEY_REQUIRED'],
      ['no token', (slug) => ({ body: body(slug), headers: { 'idempotency-key': newKey() } }), 401, 'PARTICIPANT_REQUIRED', '请先通过短信验证码验证手机号'],
      ['a forged token', (slug) => ({ body: body(slug), headers: auth(forged()) }), 401, 'TOKEN_INVALID'],
      ['an expired token', (slug) => ({ body: body(slug), headers: auth(expired()) }), 401, 'TOKEN_INVALID'],
      ['a malformed token', (slug) => ({ body: body(slug), headers: auth('not-a-token') }), 401, 'TOKEN_INVALID'],
      ['an unknown campaign', (_slug, t) => ({ body: body(uniqueSlug('missing')), headers: auth(t) }), 404, 'CAMPAIGN_NOT_FOUND'],
      ['an unknown round', (slug, t) => ({ body: body(slug, { round: 'round_9' }), headers: auth(t) }), 404, 'ROUND_NOT_FOUND'],
      ['an unknown candidate', (slug, t) => ({ body: body(slug, { candidate: 'contestants-99' }), headers: auth(t) }), 422, 'CANDIDATE_NOT_IN_ROUND'],
      ['a candidate of another round', (slug, t) => ({ body: body(slug, { candidate: 'contestants-9' }), headers: auth(t) }), 422, 'CANDIDATE_NOT_IN_ROUND'],
      ['a round not open yet', (slug, t) => ({ body: body(slug, { round: 'round_2', candidate: 'contestants-9' }), headers: auth(t) }), 409, 'VOTING_NOT_OPEN', '本轮投票尚未开始'],
    ])('%s', async (_label, build, status, code, message) => {
      const slug = await publish(votingRules());
      const items = stableItems();
      const before = await items();
      const res = await api.request('POST', '/v1/votes', build(slug, participant().token));
      const error = await expectError(res, status, code, message);
      expect(error.error.message).toMatch(/[\u4e00-\u9fff]/);
      if (code === 'VOTING_NOT_OPEN') expect(Object.keys(error.error.details ?? {}).sort()).toEqual(['closesAt', 'opensAt']);
      // Nothing at all, rate counters included: every check above comes before any write.
      expect(await items()).toEqual(before);
    });

    it('a closed round: 409 VOTING_NOT_OPEN 本轮投票已结束 with its window', async () => {
      const rules = votingRules();
      const closed = { ...rules.voting!.rounds![0]!, id: 'round_0', opensAt: new Date(Date.now() - 9 * DAY_MS).toISOString(), closesAt: new Date(Date.now() - 2 * DAY_MS).toISOString() };
      const slug = await publish({ ...rules, voting: { ...rules.voting!, rounds: [closed, ...rules.voting!.rounds!] } });
      const items = stableItems();
      const before = await items();
      const res = await vote({ campaign: slug, round: 'round_0', candidate: 'contestants-1' }, { token: participant().token });
      const error = await expectError(res, 409, 'VOTING_NOT_OPEN', '本轮投票已结束');
      expect(error.error.details).toEqual({ opensAt: closed.opensAt, closesAt: closed.closesAt });
      expect(await items()).toEqual(before);
    });

    it.each([
      ['voting disabled', (rules: CampaignRules): CampaignRules => ({ ...rules, voting: { ...rules.voting!, enabled: false } })],
      ['no voting at all', ({ voting: _voting, ...rules }: CampaignRules): CampaignRules => rules],
    ])('a campaign with %s: 409 VOTING_NOT_OPEN', async (_label, change) => {
      const slug = await publish(change(votingRules()));
      const items = stableItems();
      const before = await items();
      await expectError(await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: participant().token }), 409, 'VOTING_NOT_OPEN', '本活动未开放投票');
      expect(await items()).toEqual(before);
    });
  });

  describe('rate limits', () => {
    const doc = () => createDocumentClient(api.client);
    const windowKeys = (pk: string, windowSeconds: number) => {
      // This window and the next, so the test holds across a window boundary.
      const start = Math.floor(Date.now() / 1000 / windowSeconds) * windowSeconds;
      return [start, start + windowSeconds].map((s) => ({ pk, sk: `WINDOW#${windowSeconds}#${s}`, expiresAt: s + windowSeconds }));
    };

    it.each([
      ['participant per minute', (hash: string) => `RATE#vote#participant#${hash}`, VOTE_RATE_LIMITS.perParticipantPerMinute],
      ['participant per hour', (hash: string) => `RATE#vote#participant#${hash}`, VOTE_RATE_LIMITS.perParticipantPerHour],
      ['client address per hour', () => `RATE#vote#client#${clientHash(PHONE_HASH_KEY, '127.0.0.1')}`, VOTE_RATE_LIMITS.perClientPerHour],
    ])('refuses a vote past the %s limit with 429, Retry-After and no vote', async (_label, partition, { windowSeconds, max }) => {
      const slug = await publish(votingRules());
      const voter = participant();
      const keys = windowKeys(partition(voter.hash), windowSeconds);
      for (const key of keys) await doc().send(new PutCommand({ TableName: api.tableName, Item: { ...key, entity: 'rate-count', count: max } }));
      try {
        const res = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token });
        const body = await expectError(res, 429, 'RATE_LIMITED', '操作过于频繁，请稍后再试');
        const retryAfter = Number(res.headers.get('retry-after'));
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
        expect(body.error.details).toEqual({ retryAfter });
        expect(await voteItems(slug)).toEqual([]);
        expect(await quotaItems(voter.hash)).toEqual([]);
      } finally {
        for (const { pk, sk } of keys) await doc().send(new DeleteCommand({ TableName: api.tableName, Key: { pk, sk } }));
      }
    });

    it('counts each vote request per participant (minute and hour) and per client address', async () => {
      const slug = await publish(votingRules());
      const voter = participant();
      const minute = Math.floor(Date.now() / 60_000);
      expect((await vote({ campaign: slug, round: ROUND, candidate: 'contestants-1' }, { token: voter.token })).status).toBe(201);
      const counters = (await api.scan()).filter((i) => i.pk === `RATE#vote#participant#${voter.hash}`);
      // A minute counter may be swept by the TTL once its minute has passed; then only the hour's is left to check.
      const expected = Math.floor(Date.now() / 60_000) === minute ? [['3600', 1], ['60', 1]] : [['3600', 1]];
      expect(counters.map((c) => [String(c.sk).split('#')[1], c.count]).sort().slice(0, expected.length)).toEqual(expected);
      for (const c of counters) expect(c.expiresAt).toBe(Number(String(c.sk).split('#')[2]) + Number(String(c.sk).split('#')[1]));
    });

    it('lets 40 participants behind one address vote, each once', async () => {
      const slug = await publish(votingRules({ perParticipantPerDay: 1 }));
      const pk = `RATE#vote#client#${clientHash(PHONE_HASH_KEY, '127.0.0.1')}`;
      const clientCount = async () => (await api.scan()).filter((i) => i.pk === pk).reduce((sum, i) => sum + Number(i.count), 0);
      const before = await clientCount();

      const responses = await Promise.all(
        Array.from({ length: 40 }, (_, i) => vote({ campaign: slug, round: ROUND, candidate: CANDIDATES[i % CANDIDATES.length] }, { token: participant().token })),
      );

      expect(responses.map((r) => r.status)).toEqual(Array.from({ length: 40 }, () => 201));
      expect(await voteItems(slug)).toHaveLength(40);
      expect((await clientCount()) - before).toBe(40);
    });
  });
});

describe('GET /v1/votes/{receipt}', () => {
  async function castOne() {
    const slug = await publish(votingRules());
    const voter = participant();
    const res = await vote({ campaign: slug, round: ROUND, candidate: 'contestants-3' }, { token: voter.token });
    expect(res.status).toBe(201);
    return { slug, voter, cast: voteResponseSchema.parse(await res.json()).vote };
  }

  it('answers 200 for a vote, not counted before any tally, without anything about the voter', async () => {
    const { voter, cast } = await castOne();
    const res = await getVote(cast.receipt);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    for (const secret of [voter.phone, voter.hash]) expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toEqual({ vote: { ...cast, counted: false, voided: false } });
  });

  it('reports counted and voided as the tally marks them', async () => {
    const { cast } = await castOne();
    await createDocumentClient(api.client).send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `VOTE#${cast.receipt}`, sk: 'VOTE' },
        UpdateExpression: 'SET countedAt = :at, voidedAt = :at, voidReason = :reason, voidedBy = :by',
        ExpressionAttributeValues: { ':at': new Date().toISOString(), ':reason': '刷票', ':by': 'editor-1' },
      }),
    );
    const body = voteResponseSchema.parse(await (await getVote(cast.receipt)).json());
    expect(body.vote).toEqual({ ...cast, counted: true, voided: true, voidReason: '刷票' });
    expect(JSON.stringify(body)).not.toContain('editor-1');
  });

  it.each([
    ['an unknown receipt', 'f'.repeat(32)],
    ['an upper-case receipt', 'F'.repeat(32)],
    ['a short receipt', 'abc123'],
    ['a receipt with other characters', `${'a'.repeat(31)}z`],
  ])('answers 404 VOTE_NOT_FOUND for %s', async (_label, receipt) => {
    await expectError(await getVote(receipt), 404, 'VOTE_NOT_FOUND', '未找到该投票回执');
  });

  it('answers 404 for a vote past its expiry that DynamoDB has not swept yet', async () => {
    const { cast } = await castOne();
    await createDocumentClient(api.client).send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `VOTE#${cast.receipt}`, sk: 'VOTE' },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': Math.floor(Date.now() / 1000) - 1 },
      }),
    );
    await expectError(await getVote(cast.receipt), 404, 'VOTE_NOT_FOUND');
  });
});
