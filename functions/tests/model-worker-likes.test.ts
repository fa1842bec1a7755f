import { randomUUID } from 'node:crypto';
import {
  MAX_ALL_MODEL_WORKERS_CANDIDATES,
  MAX_RULES_SNAPSHOT_BYTES,
  RULES_TOO_LARGE_MESSAGE,
  candidateResultResponseSchema,
  type CampaignRules,
  type VotingRound,
} from '@union/schemas';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { phoneHash } from '../src/lib/phone-hash.ts';
import { expectError } from './support/expect-error.ts';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy.ts';
import { INTERNAL_TOKEN, openRules, PHONE_HASH_KEY, signToken, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

// Likes (点赞) on the 劳模风采 microsite are votes in a round whose candidates are every published model
// worker: the CMS pushes them all in the snapshot, so the API checks a like against that list as any vote.
let api: TestApi;
let proxy: FaultProxy;
/** The DynamoDB operations the API sent (X-Amz-Target), in order. */
const operations: string[] = [];

beforeAll(async () => {
  // Only passes requests through (no fault is injected): it records which operations a read sends.
  proxy = await startFaultProxy(inject('dynamodbEndpoint'), (target) => {
    operations.push(target);
    return 'pass';
  });
  api = await startTestApi({ DYNAMODB_ENDPOINT: proxy.url }, { pollStream: true });
});
afterAll(async () => {
  await api?.close();
  await proxy?.close();
});

const DAY_MS = 24 * 60 * 60 * 1000;
const ROUND = 'likes';
// The longest name the CMS takes (32 characters), each three bytes in UTF-8: the largest candidates there can be.
const LONGEST_NAME = '劳'.repeat(32);

const workers = (count: number, firstId = 10_001) =>
  Array.from({ length: count }, (_, i) => ({ id: `model-workers-${firstId + i}`, name: LONGEST_NAME }));

/** The 劳模风采 campaign with one open round of these model workers, as the CMS pushes it. */
function likeRules(candidates: VotingRound['candidates'], slug = uniqueSlug('likes')): CampaignRules {
  return openRules(slug, {
    kind: 'model-workers',
    title: '劳模风采',
    registration: { enabled: false, opensAt: null, closesAt: null },
    voting: {
      enabled: true,
      requiresVerifiedParticipant: true,
      perParticipantPerDay: 50,
      perCandidatePerDay: 1,
      perParticipantPerRound: null,
      rounds: [
        {
          id: ROUND,
          name: '劳模点赞',
          opensAt: new Date(Date.now() - 7 * DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + 365 * DAY_MS).toISOString(),
          candidateSource: 'all-model-workers',
          candidates,
        },
      ],
    },
  });
}

function like(slug: string, candidate: string, token: string) {
  return api.request('POST', '/v1/votes', {
    body: { campaign: slug, round: ROUND, candidate },
    headers: { authorization: `Bearer ${token}`, 'idempotency-key': randomUUID() },
  });
}

const verifiedToken = () => signToken(phoneHash(uniquePhone(), PHONE_HASH_KEY));

async function storedRules(slug: string) {
  return (await api.scan()).find((item) => item.pk === `CAMPAIGN#${slug}` && item.sk === 'RULES');
}

describe('likes for every published model worker', () => {
  it('stores a round of the most model workers with the longest names, and takes one like per worker per day', async () => {
    const rules = likeRules(workers(MAX_ALL_MODEL_WORKERS_CANDIDATES));
    // The figure the schema's size limit was chosen for: it must fit one DynamoDB item, which DynamoDB Local enforces too.
    expect(Buffer.byteLength(JSON.stringify(rules))).toBeLessThan(MAX_RULES_SNAPSHOT_BYTES);

    const res = await api.putRules(rules);

    expect(res.status).toBe(200);
    expect(((await storedRules(rules.slug))?.rules as CampaignRules).voting?.rounds?.[0]?.candidates).toHaveLength(MAX_ALL_MODEL_WORKERS_CANDIDATES);
    const token = verifiedToken();
    const last = `model-workers-${10_000 + MAX_ALL_MODEL_WORKERS_CANDIDATES}`;
    expect((await like(rules.slug, last, token)).status).toBe(201);
    expect((await like(rules.slug, 'model-workers-10001', token)).status).toBe(201);
    await expectError(await like(rules.slug, last, token), 409, 'VOTE_QUOTA_EXCEEDED', '今天已为这位劳模点过赞，请明天再来');
    // A worker the snapshot does not list (unpublished, or never published) cannot be liked.
    await expectError(await like(rules.slug, 'model-workers-1', token), 422, 'CANDIDATE_NOT_IN_ROUND');
  });

  it('counts likes in the round’s results among thousands of workers', async () => {
    const rules = likeRules(workers(2_000));
    expect((await api.putRules(rules)).status).toBe(200);
    expect((await like(rules.slug, 'model-workers-11000', verifiedToken())).status).toBe(201);
    expect((await like(rules.slug, 'model-workers-11000', verifiedToken())).status).toBe(201);

    const deadline = Date.now() + 30_000;
    let body: { results: { totalVotes: number; candidates: { id: string; votes: number; rank: number }[] } };
    do {
      const res = await api.request('GET', `/v1/results/${rules.slug}/${ROUND}`);
      expect(res.status).toBe(200);
      body = (await res.json()) as typeof body;
      if (body.results.totalVotes === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } while (Date.now() < deadline);

    expect(body.results.totalVotes).toBe(2);
    expect(body.results.candidates).toHaveLength(2_000);
    expect(body.results.candidates[0]).toMatchObject({ id: 'model-workers-11000', votes: 2, rank: 1 });
  });

  it('reads one worker’s count among thousands from their own counters only, voided likes subtracted', async () => {
    const rules = likeRules(workers(2_000));
    expect((await api.putRules(rules)).status).toBe(200);
    const worker = 'model-workers-11000';
    const receipts: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await like(rules.slug, worker, verifiedToken());
      expect(res.status).toBe(201);
      receipts.push(((await res.json()) as { vote: { receipt: string } }).vote.receipt);
    }
    expect((await like(rules.slug, 'model-workers-11001', verifiedToken())).status).toBe(201);
    const voided = await api.request('POST', `/v1/internal/votes/${receipts[0]}/void`, {
      body: { reason: '同一设备批量点赞', by: '编辑甲' },
      headers: { authorization: `Bearer ${INTERNAL_TOKEN}` },
    });
    expect(voided.status).toBe(200);

    const read = (candidate: string) => api.request('GET', `/v1/results/${rules.slug}/${ROUND}/${candidate}`);
    // The tally counts from the stream, and answers are cached for 5 s: ask until the void shows.
    const deadline = Date.now() + 30_000;
    let res: Response;
    let body: unknown;
    do {
      res = await read(worker);
      expect(res.status).toBe(200);
      body = await res.json();
      if ((body as { result: { voided: number } }).result.voided === 1) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    } while (Date.now() < deadline);

    expect(body).toEqual({
      result: {
        campaign: rules.slug,
        round: ROUND,
        roundName: '劳模点赞',
        candidate: worker,
        name: LONGEST_NAME,
        votes: 2,
        voided: 1,
        updatedAt: expect.any(String),
      },
    });
    expect(candidateResultResponseSchema.safeParse(body).success).toBe(true);
    expect(res.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=5');

    // A worker not read before (so not in the answer cache): one Query of their counters, no BatchGet of the round.
    operations.length = 0;
    const unliked = await read('model-workers-10002');
    expect(await unliked.json()).toMatchObject({ result: { candidate: 'model-workers-10002', votes: 0, voided: 0, updatedAt: null } });
    const sent = operations.filter((op) => op.startsWith('DynamoDB_20120810.'));
    expect(sent.filter((op) => op.endsWith('.Query'))).toHaveLength(1);
    expect(sent.filter((op) => op.endsWith('.BatchGetItem'))).toEqual([]);
    expect(unliked.headers.get('cache-control')).toBe('public, max-age=5, s-maxage=5');

    // A worker the round does not list, and an id no worker can have.
    await expectError(await read('model-workers-1'), 404, 'CANDIDATE_NOT_FOUND');
    await expectError(await read('Model_Workers!'), 404, 'CANDIDATE_NOT_FOUND');
  });

  it('refuses a snapshot too large for one item with 422 and the reason in Chinese, storing nothing', async () => {
    const rules = likeRules(workers(MAX_ALL_MODEL_WORKERS_CANDIDATES));
    const voting = rules.voting!;
    const second = { ...voting.rounds![0]!, id: 'likes-2', candidates: workers(1_000, 20_001) };
    const tooLarge = { ...rules, voting: { ...voting, rounds: [...voting.rounds!, second] } };

    const res = await api.putRules(tooLarge);

    const body = await expectError(res, 422, 'VALIDATION_FAILED');
    expect(body.error.fields).toEqual([{ field: 'voting.rounds', message: RULES_TOO_LARGE_MESSAGE }]);
    expect(await storedRules(rules.slug)).toBeUndefined();
  });
});
