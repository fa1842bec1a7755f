import { errorEnvelope } from '@union/schemas';
import { apiDouble } from '@union/ui/islands/api-double.ts';
import { NETWORK_ERROR } from '@union/ui/islands/session.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createLikeSender, likeCount, likeCountText, readLikes, type LikeTarget } from './like.ts';

const target: LikeTarget = { campaign: 'model-workers-2019', round: 'r-likes', candidate: 'model-workers-12' };
const vote = { receipt: '0123456789abcdef0123456789abcdef', campaign: target.campaign, round: target.round, candidate: target.candidate, castAt: '2026-12-02T04:00:00.000Z', counted: false };
const result = (votes: number, voided = 0) => ({
  result: { campaign: target.campaign, round: target.round, roundName: '劳模点赞', candidate: target.candidate, name: '王进喜', votes, voided, updatedAt: null },
});

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

describe('readLikes', () => {
  it('reads the worker\'s count from the cached read of their own results, not the whole round', async () => {
    const api = await apiDouble(() => ({ status: 200, body: result(4, 1) }));
    close = api.close;
    expect(await readLikes(api.apiBase, target)).toBe(4);
    expect(api.seen.map((s) => [s.method, s.url])).toEqual([['GET', '/v1/results/model-workers-2019/r-likes/model-workers-12']]);
  });

  it('counts 0 for a worker nobody has liked yet, and null when the count cannot be read', async () => {
    const api = await apiDouble((seen) =>
      seen.url.includes('missing')
        ? { status: 404, body: errorEnvelope('CANDIDATE_NOT_FOUND') }
        : seen.url.includes('broken')
          ? { status: 200, body: { results: {} } }
          : { status: 200, body: result(0) },
    );
    close = api.close;
    expect(await readLikes(api.apiBase, target)).toBe(0);
    expect(await readLikes(api.apiBase, { ...target, candidate: 'model-workers-missing' })).toBeNull();
    expect(await readLikes(api.apiBase, { ...target, round: 'broken' })).toBeNull();
  });
});

describe('createLikeSender', () => {
  it('likes the worker as a candidate of the round, with the participant\'s token', async () => {
    const api = await apiDouble(() => ({ status: 201, body: { vote } }));
    close = api.close;
    const outcome = await createLikeSender(() => 'key-00000001').send(api.apiBase, 'token-1', target);
    expect(outcome).toMatchObject({ kind: 'accepted', vote: { candidate: target.candidate } });
    expect(api.seen[0]?.authorization).toBe('Bearer token-1');
    expect(JSON.parse(api.seen[0]!.body)).toEqual(target);
  });

  it('keeps the Idempotency-Key of a like whose outcome is unknown, and takes a new one once it is known', async () => {
    const keys = ['key-00000001', 'key-00000002'];
    const sender = createLikeSender(() => keys.shift()!);
    let fail = true;
    const api = await apiDouble(() => (fail ? { status: 503, body: errorEnvelope('INTERNAL') } : { status: 201, body: { vote } }));
    close = api.close;

    expect((await sender.send(api.apiBase, 'token-1', target, async () => {})).kind).toBe('unknown');
    expect(sender.pendingKey).toBe('key-00000001');
    fail = false;
    expect((await sender.send(api.apiBase, 'token-1', target, async () => {})).kind).toBe('accepted');
    expect(sender.pendingKey).toBeNull();
    await sender.send(api.apiBase, 'token-1', target);
    // Three tries of the first like (castVote retries twice), its retry, then a second like.
    expect(api.seen.length).toBe(5);
    expect(keys).toEqual([]);
  });

  it('answers a network error and sends nothing when the send path cannot be loaded, and loads it again on the next tap', async () => {
    const api = await apiDouble(() => ({ status: 201, body: { vote } }));
    close = api.close;
    let loads = 0;
    const sender = createLikeSender(
      () => 'key-00000001',
      async () => {
        loads += 1;
        if (loads === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return import('@union/ui/islands/vote.ts');
      },
    );

    expect(await sender.send(api.apiBase, 'token-1', target)).toEqual({ kind: 'unknown', message: NETWORK_ERROR });
    expect(api.seen).toEqual([]);
    expect((await sender.send(api.apiBase, 'token-1', target)).kind).toBe('accepted');
    expect(api.seen).toHaveLength(1);
  });

  it('shows the API\'s Chinese message when today\'s like for this worker is used up', async () => {
    const refusal = errorEnvelope('VOTE_QUOTA_EXCEEDED', { message: '今天已为这位劳模点过赞，请明天再来' });
    const api = await apiDouble(() => ({ status: 409, body: refusal }));
    close = api.close;
    const sender = createLikeSender(() => 'key-00000001');
    expect(await sender.send(api.apiBase, 'token-1', target)).toEqual({ kind: 'refused', message: '今天已为这位劳模点过赞，请明天再来', code: 'VOTE_QUOTA_EXCEEDED' });
    expect(sender.pendingKey).toBeNull();
  });
});

describe('likeCountText', () => {
  it('says the count, or a dash before it is known', () => {
    expect(likeCountText(12)).toBe('12 个赞');
    expect(likeCountText(0)).toBe('0 个赞');
    expect(likeCountText(null)).toBe('— 个赞');
  });
});

describe('likeCount', () => {
  it('takes the count only from an answer about this worker with a whole, non-negative number', () => {
    expect(likeCount(result(7), target)).toBe(7);
    expect(likeCount({ result: { ...result(7).result, candidate: 'model-workers-13' } }, target)).toBeNull();
    expect(likeCount(result(-1), target)).toBeNull();
    expect(likeCount(result(1.5), target)).toBeNull();
    expect(likeCount({ result: { ...result(0).result, votes: '3' } }, target)).toBeNull();
    expect(likeCount(null, target)).toBeNull();
    expect(likeCount('3', target)).toBeNull();
  });
});
