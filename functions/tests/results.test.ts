import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from './support/expect-error.ts';
import { INTERNAL_TOKEN, openRules, startTestApi, uniqueSlug, type TestApi } from './support/test-api.ts';
import { putVotes, receiptOf, voteItem, votingRules, type VoteItem } from './support/votes.ts';

// Everything here goes through the local server, whose stream poller runs the tally-votes handler on
// the table's stream as the Lambda event source mapping does in AWS.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const CANDIDATES = ['contestants-1', 'contestants-2', 'contestants-3'];
const auth = { authorization: `Bearer ${INTERNAL_TOKEN}` };

interface Results {
  results: {
    campaign: string;
    round: string;
    roundName: string;
    updatedAt: string | null;
    totalVotes: number;
    totalVoided: number;
    candidates: { id: string; name: string; votes: number; voided: number; rank: number }[];
  };
}

/** Asks again until `done` holds (the tally and the 5 s results cache both take a moment), or fails at the deadline. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, deadlineMs = 30_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

const results = async (slug: string, round = 'final') => (await api.request('GET', `/v1/results/${slug}/${round}`)).json() as Promise<Results>;

async function openCampaign(options: { flagVotesPerMinute?: number } = {}): Promise<string> {
  const slug = uniqueSlug('vote');
  expect((await api.putRules(votingRules(openRules(slug), CANDIDATES, options))).status).toBe(200);
  return slug;
}

async function cast(slug: string, perCandidate: number[], castAt?: string): Promise<VoteItem[]> {
  const items = perCandidate.flatMap((count, i) =>
    Array.from({ length: count }, () => voteItem({ campaign: slug, round: 'final', candidate: CANDIDATES[i] as string, ...(castAt ? { castAt } : {}) })),
  );
  await putVotes(createDocumentClient(api.client), api.tableName, items);
  return items;
}

const voidVote = (receipt: string, body: unknown, headers: Record<string, string> = auth) =>
  api.request('POST', `/v1/internal/votes/${receipt}/void`, { body, headers });

async function storedVote(item: VoteItem) {
  return (await api.scan()).find((i) => i.pk === item.pk && i.sk === item.sk);
}

describe('GET /v1/results/{slug}/{round}', () => {
  it('shows the tallied totals, ranked, once the stream has been counted', async () => {
    const slug = await openCampaign();
    await cast(slug, [3, 5, 3]);

    const body = await eventually(() => results(slug), (b) => b.results?.totalVotes === 11);

    expect(body).toEqual({
      results: {
        campaign: slug,
        round: 'final',
        roundName: '决赛',
        updatedAt: expect.any(String),
        totalVotes: 11,
        totalVoided: 0,
        candidates: [
          { id: 'contestants-2', name: '选手2', votes: 5, voided: 0, rank: 1 },
          { id: 'contestants-1', name: '选手1', votes: 3, voided: 0, rank: 2 },
          { id: 'contestants-3', name: '选手3', votes: 3, voided: 0, rank: 2 },
        ],
      },
    });
    // Served from the 5 s cache: downstream caches may keep it only for the seconds it has left.
    const res = await api.request('GET', `/v1/results/${slug}/final`);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=([0-5]), s-maxage=\1$/);
  });

  it('shows every candidate of the round with zero votes before any vote', async () => {
    const slug = await openCampaign();
    const body = await results(slug);
    expect(body.results.totalVotes).toBe(0);
    expect(body.results.updatedAt).toBeNull();
    expect(body.results.candidates.map((c) => [c.id, c.votes, c.rank])).toEqual([
      ['contestants-1', 0, 1],
      ['contestants-2', 0, 1],
      ['contestants-3', 0, 1],
    ]);
  });

  it('answers 404 for an unknown campaign, an unknown round and a round id that cannot exist', async () => {
    const slug = await openCampaign();
    await expectError(await api.request('GET', `/v1/results/${uniqueSlug('none')}/final`), 404, 'CAMPAIGN_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/semifinal`), 404, 'ROUND_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/${'r'.repeat(65)}`), 404, 'ROUND_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/fin%24al`), 404, 'ROUND_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/Not_A_Slug/final`), 404, 'CAMPAIGN_NOT_FOUND');
  });
});

describe('GET /v1/results/{slug}/{round}/{candidate}', () => {
  const candidateResult = async (slug: string, candidate: string) =>
    (await api.request('GET', `/v1/results/${slug}/final/${candidate}`)).json() as Promise<{ result: Record<string, unknown> }>;

  it('answers one candidate’s totals, voided votes subtracted, agreeing with the round’s results', async () => {
    const slug = await openCampaign();
    const items = await cast(slug, [4, 2, 0]);
    await eventually(() => results(slug), (b) => b.results.totalVotes === 6);
    expect((await voidVote(receiptOf(items[0] as VoteItem), { reason: '刷票', by: '编辑甲' })).status).toBe(200);

    const body = await eventually(() => candidateResult(slug, 'contestants-1'), (b) => b.result?.voided === 1);

    expect(body).toEqual({
      result: {
        campaign: slug,
        round: 'final',
        roundName: '决赛',
        candidate: 'contestants-1',
        name: '选手1',
        votes: 3,
        voided: 1,
        updatedAt: expect.any(String),
      },
    });
    const round = await eventually(() => results(slug), (b) => b.results.totalVoided === 1);
    expect(round.results.candidates.find((c) => c.id === 'contestants-1')).toMatchObject({ votes: 3, voided: 1 });
    expect((await candidateResult(slug, 'contestants-2')).result).toMatchObject({ votes: 2, voided: 0 });
    expect((await candidateResult(slug, 'contestants-3')).result).toMatchObject({ votes: 0, voided: 0, updatedAt: null });
    const res = await api.request('GET', `/v1/results/${slug}/final/contestants-2`);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=([0-5]), s-maxage=\1$/);
  });

  it('answers 404 (not cached) for an unknown campaign, round or candidate', async () => {
    const slug = await openCampaign();
    await expectError(await api.request('GET', `/v1/results/${uniqueSlug('none')}/final/contestants-1`), 404, 'CAMPAIGN_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/semifinal/contestants-1`), 404, 'ROUND_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/fin%24al/contestants-1`), 404, 'ROUND_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/final/contestants-4`), 404, 'CANDIDATE_NOT_FOUND', '本轮投票名单中没有该候选人');
    await expectError(await api.request('GET', `/v1/results/${slug}/final/${'c'.repeat(65)}`), 404, 'CANDIDATE_NOT_FOUND');
    await expectError(await api.request('GET', `/v1/results/${slug}/final/Contestants_1`), 404, 'CANDIDATE_NOT_FOUND');
  });
});

describe('POST /v1/internal/votes/{receipt}/void', () => {
  it('voids a vote once; the tally then shows it voided and one vote fewer', async () => {
    const slug = await openCampaign();
    const items = await cast(slug, [4, 2, 0]);
    await eventually(() => results(slug), (b) => b.results.totalVotes === 6);
    const target = items[0] as VoteItem;

    const res = await voidVote(receiptOf(target), { reason: '同一设备批量投票', by: '编辑甲' });

    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      vote: {
        receipt: receiptOf(target),
        campaign: slug,
        round: 'final',
        candidate: 'contestants-1',
        voidedAt: expect.any(String),
        voidReason: '同一设备批量投票',
      },
    });
    const body = await eventually(() => results(slug), (b) => b.results.totalVoided === 1);
    expect(body.results.totalVotes).toBe(5);
    expect(body.results.candidates[0]).toEqual({ id: 'contestants-1', name: '选手1', votes: 3, voided: 1, rank: 1 });
    expect(await storedVote(target)).toMatchObject({ voidedBy: '编辑甲', voidCountedAt: expect.any(String) });

    await expectError(await voidVote(receiptOf(target), { reason: '再次作废', by: '编辑乙' }), 409, 'VOTE_ALREADY_VOIDED');
    expect(await storedVote(target)).toMatchObject({ voidReason: '同一设备批量投票', voidedBy: '编辑甲' });
  });

  it('refuses bad requests and unknown votes, and writes nothing', async () => {
    const slug = await openCampaign();
    const [target] = (await cast(slug, [1, 0, 0])) as [VoteItem];
    const receipt = receiptOf(target);
    const before = await storedVote(target);
    const good = { reason: '刷票', by: '编辑甲' };

    await expectError(await voidVote(receipt, good, {}), 401, 'UNAUTHORIZED');
    await expectError(await voidVote(receipt, good, { authorization: `Bearer ${INTERNAL_TOKEN}x` }), 401, 'UNAUTHORIZED');
    await expectError(await voidVote(receipt, { reason: '', by: '编辑甲' }), 422, 'VALIDATION_FAILED');
    await expectError(await voidVote(receipt, { reason: 'x'.repeat(201), by: '编辑甲' }), 422, 'VALIDATION_FAILED');
    await expectError(await voidVote(receipt, { reason: '刷票' }), 422, 'VALIDATION_FAILED');
    await expectError(await voidVote(receipt, { ...good, voidedAt: '2020-01-01T00:00:00Z' }), 422, 'VALIDATION_FAILED');
    await expectError(
      await api.request('POST', `/v1/internal/votes/${receipt}/void`, { rawBody: '{"reason":', headers: { ...auth, 'content-type': 'application/json' } }),
      400,
      'INVALID_JSON',
    );
    await expectError(
      await api.request('POST', `/v1/internal/votes/${receipt}/void`, { rawBody: 'reason=x', headers: { ...auth, 'content-type': 'text/plain' } }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectError(await voidVote('0'.repeat(32), good), 404, 'VOTE_NOT_FOUND');
    await expectError(await voidVote('NOT-A-RECEIPT', good), 404, 'VOTE_NOT_FOUND');
    await expectError(await voidVote(receipt.toUpperCase(), good), 404, 'VOTE_NOT_FOUND');

    // Only the tally's own mark (countedAt) may have appeared meanwhile; no void, no new vote item.
    const items = await api.scan();
    const withoutMark = (item: Record<string, unknown> | undefined) => ({ ...item, countedAt: undefined });
    expect(withoutMark(items.find((i) => i.pk === target.pk))).toEqual(withoutMark(before));
    expect(items.find((i) => i.pk === target.pk)?.voidedAt).toBeUndefined();
    expect(items.filter((i) => i.pk === `VOTE#${'0'.repeat(32)}`)).toEqual([]);
  });
});

describe('GET /v1/internal/campaigns/{slug}/flags', () => {
  it('flags a candidate whose votes in one minute exceed the threshold, and only that one', async () => {
    const slug = await openCampaign({ flagVotesPerMinute: 5 });
    const castAt = new Date().toISOString();
    await cast(slug, [8, 3, 0], castAt);

    const read = async () => (await api.request('GET', `/v1/internal/campaigns/${slug}/flags`, { headers: auth })).json() as Promise<{ flags: Record<string, unknown>[] }>;
    const body = await eventually(read, (b) => (b.flags?.length ?? 0) > 0);

    expect(body.flags).toEqual([
      {
        round: 'final',
        candidate: 'contestants-1',
        firstFlaggedAt: expect.any(String),
        lastFlaggedAt: expect.any(String),
        // The stream may bring the 8 votes in more than one batch; the flag is raised by the first count above 5.
        lastRate: expect.any(Number),
        minute: castAt.slice(0, 16),
        threshold: 5,
      },
    ]);
    expect(body.flags[0]?.lastRate).toBeGreaterThan(5);
    expect(body.flags[0]?.lastRate).toBeLessThanOrEqual(8);
  });

  it('raises no flag without a threshold, and refuses callers without the token or an unknown campaign', async () => {
    const slug = await openCampaign();
    await cast(slug, [12, 0, 0]);
    await eventually(() => results(slug), (b) => b.results.totalVotes === 12);
    const res = await api.request('GET', `/v1/internal/campaigns/${slug}/flags`, { headers: auth });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ flags: [] });

    await expectError(await api.request('GET', `/v1/internal/campaigns/${slug}/flags`), 401, 'UNAUTHORIZED');
    await expectError(await api.request('GET', `/v1/internal/campaigns/${uniqueSlug('none')}/flags`, { headers: auth }), 404, 'CAMPAIGN_NOT_FOUND');
  });
});
