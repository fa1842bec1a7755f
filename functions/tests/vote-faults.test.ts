import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../src/lib/dynamodb-local.ts';
import { startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.ts';
import { openRules, signToken, startTestApi, uniqueSlug, type TestApi } from './support/test-api.ts';

// 10,000 votes through real HTTP, the real local server and its stream poller, against a DynamoDB Local of
// this file's own (on disk, so it can be restarted mid-run), with faults injected between the two.

const PARTICIPANTS = 1_000;
const VOTES_PER_PARTICIPANT = 10;
const TOTAL_VOTES = PARTICIPANTS * VOTES_PER_PARTICIPANT;
const CONCURRENCY = 16;
const ROUND = 'final';
const CANDIDATES = Array.from({ length: 8 }, (_, i) => ({ id: `contestants-${i + 1}`, name: `选手${i + 1}` }));
const HOUR_MS = 60 * 60 * 1000;

let dbDir: string;
let dynamodb: DynamoDbLocal;
let proxy: FaultProxy;
let api: TestApi;
let faultsOn = false;

// Deterministic enough to repeat, random enough to spread: every 50th write is throttled, every 97th loses its answer.
let writes = 0;
function decide(target: string): Fault {
  if (!faultsOn) return 'pass';
  const isWrite = /TransactWriteItems|PutItem|UpdateItem/.test(target);
  if (!isWrite) return 'pass';
  writes += 1;
  if (writes % 50 === 0) return 'throttle';
  if (writes % 97 === 0) return 'lose-response';
  return 'pass';
}

beforeAll(async () => {
  dbDir = await mkdtemp(join(tmpdir(), 'vote-faults-'));
  dynamodb = await startDynamoDbLocal({ dbPath: dbDir });
  proxy = await startFaultProxy(dynamodb.endpoint, decide);
  // The injected faults make the API log thousands of expected errors: keep the run's output readable.
  api = await startTestApi({ DYNAMODB_ENDPOINT: proxy.url, LOG_LEVEL: 'SILENT' });
}, 120_000);

afterAll(async () => {
  await api?.close();
  await proxy?.close();
  await dynamodb?.stop();
  if (dbDir) await rm(dbDir, { recursive: true, force: true });
});

interface Ballot {
  participant: number;
  candidate: string;
  key: string;
}

const phoneHashOf = (participant: number) => createHash('sha256').update(`fault-run-participant-${participant}`).digest('hex');

describe('10,000 votes with faults', () => {
  it(
    'counts every accepted vote exactly once despite client retries, an emulator restart and throttling',
    async () => {
      const slug = uniqueSlug('vote-faults');
      const now = Date.now();
      const rules = openRules(slug, {
        kind: 'singer-contest',
        voting: {
          enabled: true,
          requiresVerifiedParticipant: true,
          perParticipantPerDay: VOTES_PER_PARTICIPANT,
          perCandidatePerDay: null,
          perParticipantPerRound: null,
          rounds: [{ id: ROUND, name: '决赛', opensAt: new Date(now - HOUR_MS).toISOString(), closesAt: new Date(now + 6 * HOUR_MS).toISOString(), candidates: CANDIDATES }],
        },
      });
      expect((await api.putRules(rules)).status).toBe(200);

      const tokens = Array.from({ length: PARTICIPANTS }, (_, p) => signToken(phoneHashOf(p)));
      // Round robin over participants, so no one casts votes faster than a person could; one candidate is popular.
      const ballots: Ballot[] = [];
      for (let v = 0; v < VOTES_PER_PARTICIPANT; v += 1) {
        for (let p = 0; p < PARTICIPANTS; p += 1) {
          const candidate = CANDIDATES[(p + v) % 5 === 0 ? 0 : (p * 7 + v) % CANDIDATES.length]!.id;
          ballots.push({ participant: p, candidate, key: randomUUID() });
        }
      }

      const receipts = new Map<string, string>(); // idempotency key → receipt
      const unexpected: string[] = [];
      let retries = 0;
      let replays = 0;

      async function cast(ballot: Ballot): Promise<void> {
        const headers = {
          authorization: `Bearer ${tokens[ballot.participant]}`,
          'idempotency-key': ballot.key,
          // Each participant on their own phone: the per-address limit is for whole factories, not this run.
          'cloudfront-viewer-address': `10.${ballot.participant >> 8}.${ballot.participant & 255}.7:40000`,
        };
        for (let attempt = 1; ; attempt += 1) {
          let res: Response | undefined;
          try {
            res = await api.request('POST', '/v1/votes', { body: { campaign: slug, round: ROUND, candidate: ballot.candidate }, headers });
          } catch {
            res = undefined; // the local server itself never drops us, but be a careful client anyway
          }
          if (res && (res.status === 201 || res.status === 200)) {
            const { vote } = (await res.json()) as { vote: { receipt: string } };
            const earlier = receipts.get(ballot.key);
            if (earlier && earlier !== vote.receipt) unexpected.push(`key ${ballot.key} got two receipts`);
            receipts.set(ballot.key, vote.receipt);
            return;
          }
          if (res && res.status === 429) {
            await sleep(Math.min(2_000, Number(res.headers.get('retry-after') ?? 1) * 1_000));
          } else if (res && res.status < 500) {
            unexpected.push(`${res.status} ${await res.text()}`);
            return;
          } else {
            await res?.body?.cancel();
            await sleep(Math.min(2_000, 50 * 2 ** Math.min(attempt, 5)));
          }
          retries += 1;
          if (attempt > 60) {
            unexpected.push(`gave up on ${ballot.key}`);
            return;
          }
        }
      }

      faultsOn = true;
      let next = 0;
      let restarted = false;
      const worker = async () => {
        while (next < ballots.length) {
          const ballot = ballots[next]!;
          next += 1;
          await cast(ballot);
          // A client that did not see its answer in time sends the same vote again.
          if (next % 113 === 0) {
            replays += 1;
            await cast(ballot);
          }
          if (!restarted && next >= TOTAL_VOTES / 2) {
            restarted = true;
            await dynamodb.stop();
            dynamodb = await startDynamoDbLocal({ port: dynamodb.port, dbPath: dbDir });
          }
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      faultsOn = false;

      expect(unexpected).toEqual([]);
      expect(restarted).toBe(true);
      expect(proxy.counts.throttle).toBeGreaterThan(0);
      expect(proxy.counts['lose-response']).toBeGreaterThan(0);
      expect(receipts.size).toBe(TOTAL_VOTES);
      expect(new Set(receipts.values()).size).toBe(TOTAL_VOTES);

      // The stream is counted in the background: wait (with a deadline) until the totals settle.
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline) {
        const res = await api.request('GET', `/v1/results/${slug}/${ROUND}`);
        expect(res.status).toBe(200);
        const { results } = (await res.json()) as { results: { totalVotes: number } };
        if (results.totalVotes >= TOTAL_VOTES) break;
        await sleep(2_000);
      }
      // Past the results cache window, the total is still exactly the number of accepted receipts.
      await sleep(6_000);
      const final = (await (await api.request('GET', `/v1/results/${slug}/${ROUND}`)).json()) as {
        results: { totalVotes: number; totalVoided: number; candidates: { id: string; votes: number }[] };
      };
      expect(final.results.totalVotes).toBe(TOTAL_VOTES);
      expect(final.results.totalVoided).toBe(0);
      expect(final.results.candidates.reduce((sum, c) => sum + c.votes, 0)).toBe(TOTAL_VOTES);

      const expectedPerCandidate = new Map<string, number>();
      for (const b of ballots) expectedPerCandidate.set(b.candidate, (expectedPerCandidate.get(b.candidate) ?? 0) + 1);
      for (const c of final.results.candidates) expect(c.votes, c.id).toBe(expectedPerCandidate.get(c.id) ?? 0);

      // Every receipt says it was counted.
      const sample = [...receipts.values()].filter((_, i) => i % 20 === 0);
      for (const receipt of sample) {
        const res = await api.request('GET', `/v1/votes/${receipt}`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { vote: { counted: boolean } }).vote.counted, receipt).toBe(true);
      }
      console.info(`vote-faults: ${retries} client retries, ${replays} replays, proxy ${JSON.stringify(proxy.counts)}, ${proxy.unreachable} cut while DynamoDB restarted`);
    },
    900_000,
  );
});
