import net from 'node:net';
import type { Payload } from 'payload';
import { afterEach, describe, expect, it } from 'vitest';
import { campaignRulesSchema, MAX_ALL_MODEL_WORKERS_CANDIDATES, TOO_MANY_MODEL_WORKERS_MESSAGE } from '@union/schemas';
import { buildRulesSnapshot, PUBLISH_SYNC_FAILED, putCampaignRules, RulesSyncError, RulesTooLargeError, sizeRefusal } from './rulesApi.ts';

const doc = {
  slug: 'reading-month-2019',
  title: '第十届职工读书月',
  kind: 'reading-month',
  registration: { enabled: true, opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-20T00:00:00.000Z', capacity: 120, requiresVerifiedParticipant: false },
  voting: { enabled: true, requiresVerifiedParticipant: true, perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: null, flagVotesPerMinute: null, rounds: [] },
  updatedAt: '2019-03-30T08:00:00.000Z',
};

describe('buildRulesSnapshot', () => {
  it('keeps exactly the fields the participation API needs', () => {
    expect(buildRulesSnapshot({ ...doc, summary: '摘要', body: {} } as typeof doc)).toEqual(doc);
  });

  it('writes dates as ISO strings in UTC', () => {
    const snapshot = buildRulesSnapshot({
      ...doc,
      registration: { enabled: true, opensAt: '2019-04-01T08:00:00+08:00', closesAt: null },
      updatedAt: '2019-03-30 08:00:00+00',
    });
    expect(snapshot.registration.opensAt).toBe('2019-04-01T00:00:00.000Z');
    expect(snapshot.updatedAt).toBe('2019-03-30T08:00:00.000Z');
  });

  it('sends registration as closed with no window when the group was never filled in', () => {
    expect(buildRulesSnapshot({ ...doc, registration: null }).registration).toEqual({ enabled: false, opensAt: null, closesAt: null, capacity: null, requiresVerifiedParticipant: false });
  });

  it('sends no capacity while registration is closed, and unlimited when none is set', () => {
    expect(buildRulesSnapshot({ ...doc, registration: { ...doc.registration, enabled: false } }).registration.capacity).toBeNull();
    expect(buildRulesSnapshot({ ...doc, registration: { ...doc.registration, capacity: null } }).registration.capacity).toBeNull();
  });

  it('sends closed voting with verification on when the group was never filled in', () => {
    expect(buildRulesSnapshot({ ...doc, voting: null }).voting).toEqual({
      enabled: false,
      requiresVerifiedParticipant: true,
      perParticipantPerDay: null,
      perCandidatePerDay: null,
      perParticipantPerRound: null,
      flagVotesPerMinute: null,
      rounds: [],
    });
  });

  const round = {
    id: '6650f0c2a1b2c3d4e5f60718',
    name: '决赛大众投票',
    opensAt: '2019-06-01T08:00:00+08:00',
    closesAt: '2019-06-10 00:00:00+00',
    candidates: [
      { relationTo: 'contestants', value: 12 },
      { relationTo: 'model-workers', value: { id: 7 } },
      { relationTo: 'contestants', value: 13 },
    ],
  };
  const published = new Map([
    ['contestants-12', '星光组合'],
    ['model-workers-7', '陈立新'],
  ]);

  it('sends each round with its row id, UTC window and published candidates by `<collection>-<id>` and name', () => {
    const snapshot = buildRulesSnapshot({ ...doc, voting: { ...doc.voting, flagVotesPerMinute: 300, rounds: [round] } }, published);
    expect(campaignRulesSchema.safeParse(snapshot).success).toBe(true);
    expect(snapshot.voting?.flagVotesPerMinute).toBe(300);
    expect(snapshot.voting?.rounds).toEqual([
      {
        id: '6650f0c2a1b2c3d4e5f60718',
        name: '决赛大众投票',
        opensAt: '2019-06-01T00:00:00.000Z',
        closesAt: '2019-06-10T00:00:00.000Z',
        candidateSource: 'selected',
        // contestants-13 is not published: the public must not vote for what it cannot see.
        candidates: [
          { id: 'contestants-12', name: '星光组合' },
          { id: 'model-workers-7', name: '陈立新' },
        ],
      },
    ]);
  });

  const allWorkers = [
    { id: 'model-workers-3', name: '王建国' },
    { id: 'model-workers-7', name: '陈立新' },
  ];
  const likes = { id: '6650f0c2a1b2c3d4e5f60719', name: '劳模点赞', opensAt: round.opensAt, closesAt: round.closesAt, candidateSource: 'all-model-workers' as const, candidates: [] };

  it('lists every published model worker in a round that takes them all, beside a picked round', () => {
    const snapshot = buildRulesSnapshot({ ...doc, kind: 'model-workers', voting: { ...doc.voting, rounds: [likes, round] } }, published, allWorkers);
    expect(snapshot.voting?.rounds?.map((r) => [r.name, r.candidateSource, r.candidates.map((c) => c.id)])).toEqual([
      ['劳模点赞', 'all-model-workers', ['model-workers-3', 'model-workers-7']],
      ['决赛大众投票', 'selected', ['contestants-12', 'model-workers-7']],
    ]);
  });

  it('treats a round saved before candidate sources existed as picked', () => {
    const snapshot = buildRulesSnapshot({ ...doc, voting: { ...doc.voting, rounds: [{ ...round, candidateSource: null }] } }, published, allWorkers);
    expect(snapshot.voting?.rounds?.[0]).toMatchObject({ candidateSource: 'selected', candidates: [{ id: 'contestants-12' }, { id: 'model-workers-7' }] });
  });

  it('turns too many model workers for one round into a Chinese 422 naming the campaign', () => {
    const many = Array.from({ length: MAX_ALL_MODEL_WORKERS_CANDIDATES + 1 }, (_, i) => ({ id: `model-workers-${i + 1}`, name: '劳模' }));
    const error = (() => {
      try {
        buildRulesSnapshot({ ...doc, voting: { ...doc.voting, rounds: [likes] } }, published, many);
      } catch (err) {
        return err;
      }
    })();
    const refusal = sizeRefusal(error, doc);
    expect(refusal).toBeInstanceOf(RulesTooLargeError);
    expect(refusal).toMatchObject({ status: 422, isPublic: true, message: `活动“${doc.title}”无法同步到报名服务：${TOO_MANY_MODEL_WORKERS_MESSAGE}` });
    expect(sizeRefusal(new Error('network down'), doc)).toBeNull();
  });

  it('refuses a round whose window closes before it opens', () => {
    expect(() => buildRulesSnapshot({ ...doc, voting: { ...doc.voting, rounds: [{ ...round, closesAt: round.opensAt }] } }, published)).toThrow();
  });

  it('refuses a campaign whose kind the API does not know', () => {
    expect(() => buildRulesSnapshot({ ...doc, kind: 'lottery' })).toThrow();
  });
});

describe('putCampaignRules over HTTP', () => {
  const servers: net.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /**
   * The API as seen over TCP: the first `drop` connections are closed once the request arrives, with
   * no answer (as a keep-alive connection the API closed while idle); later ones get `status`.
   */
  async function api({ drop = 0, status = 200 }: { drop?: number; status?: number }) {
    let requests = 0;
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        requests += 1;
        if (requests <= drop) return socket.destroy();
        const body = status === 200 ? '{}' : '{"error":{"code":"INTERNAL","message":"服务暂时不可用"}}';
        socket.end(`HTTP/1.1 ${status} X\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      });
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as net.AddressInfo;
    const quiet = () => {};
    const payload = { config: { custom: { rulesSync: { url: `http://127.0.0.1:${port}`, token: 't', timeoutMs: 5_000 } } }, logger: { info: quiet, error: quiet } };
    return { payload: payload as unknown as Payload, requests: () => requests };
  }

  it('sends the snapshot once more when the connection closes without an answer', async () => {
    const { payload, requests } = await api({ drop: 1 });
    await putCampaignRules(payload, doc);
    expect(requests()).toBe(2);
  });

  it('gives up after that one retry, with the publish refused in Chinese', async () => {
    const { payload, requests } = await api({ drop: 2 });
    const error = await putCampaignRules(payload, doc).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(RulesSyncError);
    expect(error).toMatchObject({ message: PUBLISH_SYNC_FAILED, data: { upstreamStatus: null } });
    expect(requests()).toBe(2);
  });

  it('does not retry an answer, even an error', async () => {
    const { payload, requests } = await api({ status: 500 });
    await expect(putCampaignRules(payload, doc)).rejects.toMatchObject({ data: { upstreamStatus: 500 } });
    expect(requests()).toBe(1);
  });
});

