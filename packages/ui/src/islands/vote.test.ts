import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorEnvelope } from '@union/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { NETWORK_ERROR } from './participant.ts';
import { candidateResultUrl, castVote, interpretVote, parseResults, resultsUrl, voteUrl } from './vote.ts';

const vote = { receipt: '0123456789abcdef0123456789abcdef', campaign: 'singer-contest-2019', round: 'r1', candidate: 'contestants-12', castAt: '2026-12-02T04:00:00.000Z', counted: false };
const answer = (status: number, body: unknown) => ({ ok: true as const, status, body, headers: new Headers() });

describe('interpretVote', () => {
  it('takes the receipt of an accepted vote, first or replayed', () => {
    expect(interpretVote(answer(201, { vote }))).toEqual({ kind: 'accepted', vote: { receipt: vote.receipt, candidate: vote.candidate, counted: false, voided: false } });
    expect(interpretVote(answer(200, { vote: { ...vote, counted: true } }))).toMatchObject({ kind: 'accepted', vote: { counted: true } });
  });

  it('sends the person back to verify their phone on a 401, with the API\'s message', () => {
    expect(interpretVote(answer(401, errorEnvelope('PARTICIPANT_REQUIRED')))).toEqual({ kind: 'unverified', message: errorEnvelope('PARTICIPANT_REQUIRED').error.message });
  });

  it('shows the API\'s own Chinese message when it refuses, such as a used-up quota', () => {
    const refusal = errorEnvelope('VOTE_QUOTA_EXCEEDED', { message: '今天已为该选手投过票，请明天再来' });
    expect(interpretVote(answer(409, refusal))).toEqual({ kind: 'refused', message: '今天已为该选手投过票，请明天再来', code: 'VOTE_QUOTA_EXCEEDED' });
    expect(interpretVote(answer(429, errorEnvelope('RATE_LIMITED')))).toMatchObject({ kind: 'refused', code: 'RATE_LIMITED' });
  });

  it('treats no answer or a server fault as unknown, to be retried with the same key', () => {
    expect(interpretVote({ ok: false })).toEqual({ kind: 'unknown', message: NETWORK_ERROR });
    expect(interpretVote(answer(503, null))).toMatchObject({ kind: 'unknown' });
  });
});

describe('castVote', () => {
  let server: http.Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('retries a vote whose answer was lost with the same Idempotency-Key and token, and takes the receipt', async () => {
    const seen: { key: string | undefined; authorization: string | undefined; body: string }[] = [];
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        seen.push({ key: req.headers['idempotency-key'] as string | undefined, authorization: req.headers.authorization, body });
        // The first answer never arrives: the connection drops as on a flaky mobile network.
        if (seen.length === 1) return req.socket.destroy();
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ vote }));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const outcome = await castVote(apiBase, 'token-1', { campaign: vote.campaign, round: vote.round, candidate: vote.candidate }, 'key-0001', async () => {});

    expect(outcome).toMatchObject({ kind: 'accepted', vote: { receipt: vote.receipt } });
    expect(seen).toHaveLength(2);
    expect(seen.map((s) => s.key)).toEqual(['key-0001', 'key-0001']);
    expect(seen.every((s) => s.authorization === 'Bearer token-1')).toBe(true);
    expect(JSON.parse(seen[1]!.body)).toEqual({ campaign: vote.campaign, round: vote.round, candidate: vote.candidate });
  });
});

describe('parseResults', () => {
  it('reads each candidate\'s public count and voided votes', () => {
    const body = { results: { campaign: 'c', round: 'r1', roundName: '决赛', updatedAt: null, totalVotes: 3, totalVoided: 1, candidates: [{ id: 'contestants-1', name: '甲', votes: 3, voided: 1, rank: 1 }, { id: 'contestants-2', name: '乙', votes: 0, voided: 0, rank: 2 }] } };
    expect(parseResults(body)).toEqual(new Map([['contestants-1', { votes: 3, voided: 1 }], ['contestants-2', { votes: 0, voided: 0 }]]));
    expect(parseResults({ error: {} })).toBeNull();
  });

  it('builds the API paths with the ids escaped', () => {
    expect(resultsUrl('', 'singer-contest-2019', 'a_b-1')).toBe('/v1/results/singer-contest-2019/a_b-1');
    expect(candidateResultUrl('https://api.example.org/', 'model-workers-2019', 'likes', 'model-workers-12')).toBe(
      'https://api.example.org/v1/results/model-workers-2019/likes/model-workers-12',
    );
    expect(candidateResultUrl('', 'c', 'r 1', 'a/b')).toBe('/v1/results/c/r%201/a%2Fb');
    expect(voteUrl('https://api.example.org/', 'abc')).toBe('https://api.example.org/v1/votes/abc');
  });
});
