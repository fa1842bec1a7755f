/**
 * Figures: CPU a vote costs outside the database, and the write capacity units (WCU) one accepted vote
 * consumes. The create-vote handler runs in this process; the AWS SDK's HTTP handler is replaced by an
 * in-memory fake that answers every DynamoDB request with success (the rules read with a snapshot), so
 * what is measured is the handler's own work plus the SDK's (marshalling, signing, parsing), with no
 * network and no database.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { CampaignRules } from '@union/schemas';
import type { Row } from './lib/stats.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const PARTICIPANT_TOKEN_KEY = 'bench-participant-token-key-0123456789abcdef';
const PHONE_HASH_KEY = 'bench-phone-hash-key-0123456789abcdef012345';

type Quotas = Pick<NonNullable<CampaignRules['voting']>, 'perParticipantPerDay' | 'perCandidatePerDay' | 'perParticipantPerRound'>;

function rulesFor(slug: string, quotas: Quotas): CampaignRules {
  return {
    slug,
    title: '职工歌手大赛',
    kind: 'singer-contest',
    updatedAt: new Date().toISOString(),
    registration: { enabled: false, opensAt: null, closesAt: null },
    voting: {
      enabled: true,
      requiresVerifiedParticipant: true,
      ...quotas,
      rounds: [
        {
          id: 'final',
          name: '决赛',
          opensAt: new Date(Date.now() - DAY_MS).toISOString(),
          closesAt: new Date(Date.now() + 7 * DAY_MS).toISOString(),
          // A realistic round: 60 candidates, so finding the voted one is not free.
          candidates: Array.from({ length: 60 }, (_, i) => ({ id: `contestants-${i + 1}`, name: `选手${i + 1}` })),
        },
      ],
    },
  };
}

interface SentRequest {
  target: string;
  body: Record<string, unknown>;
}

/** Replaces the SDK's HTTP handler: answers at once, serving `rules` to GetItem; `record` sees each request. */
function installFakeDynamo(rulesBySlug: Map<string, CampaignRules>, record?: (request: SentRequest) => void): () => void {
  const original = NodeHttpHandler.prototype.handle;
  NodeHttpHandler.prototype.handle = async function fakeHandle(request: { headers: Record<string, string>; body?: unknown }) {
    const target = String(request.headers['x-amz-target'] ?? '').split('.').pop() ?? '';
    let answer = '{}';
    if (target === 'GetItem' || record) {
      // The SDK's JSON body is a Uint8Array that warns when used as a string: read its bytes.
      const bytes = request.body as Uint8Array | string;
      const raw = typeof bytes === 'string' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      const body = JSON.parse(raw) as Record<string, unknown>;
      record?.({ target, body });
      if (target === 'GetItem') {
        const pk = String((body.Key as { pk: { S: string } }).pk.S);
        const rules = rulesBySlug.get(pk.replace(/^CAMPAIGN#/, ''));
        answer = JSON.stringify(rules ? { Item: marshall({ pk, sk: 'RULES', rules, revision: 1 }, { removeUndefinedValues: true }) } : {});
      }
    }
    return {
      response: {
        statusCode: 200,
        reason: 'OK',
        headers: { 'content-type': 'application/x-amz-json-1.0', 'content-length': String(Buffer.byteLength(answer)) },
        body: Readable.from([Buffer.from(answer)]),
      },
    };
  } as typeof original;
  return () => {
    NodeHttpHandler.prototype.handle = original;
  };
}

function token(sub: string): string {
  const iat = Math.floor(Date.now() / 1000);
  const payload = Buffer.from(JSON.stringify({ sub, purpose: 'participation', iat, exp: iat + 7200 })).toString('base64url');
  return `${payload}.${createHmac('sha256', PARTICIPANT_TOKEN_KEY).update(payload).digest('base64url')}`;
}

function voteEvent(slug: string, participantToken: string, candidate: string): APIGatewayProxyEventV2 {
  const body = JSON.stringify({ campaign: slug, round: 'final', candidate });
  return {
    version: '2.0',
    routeKey: 'POST /v1/votes',
    rawPath: '/v1/votes',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      authorization: `Bearer ${participantToken}`,
      'idempotency-key': randomUUID(),
      'cloudfront-viewer-address': '203.0.113.9:50123',
    },
    requestContext: {
      accountId: 'bench',
      apiId: 'bench',
      domainName: 'bench',
      domainPrefix: 'bench',
      http: { method: 'POST', path: '/v1/votes', protocol: 'HTTP/1.1', sourceIp: '198.51.100.1', userAgent: 'bench' },
      requestId: randomUUID(),
      routeKey: 'POST /v1/votes',
      stage: '$default',
      time: '',
      timeEpoch: Date.now(),
    },
    body,
    isBase64Encoded: false,
  };
}

const context = { awsRequestId: 'bench', functionName: 'create-vote' } as Context;

/** Bytes of a marshalled attribute value, by DynamoDB's item size rules (numbers approximated from their digits). */
function valueSize(value: Record<string, unknown>): number {
  if ('S' in value) return Buffer.byteLength(String(value.S));
  if ('N' in value) return Math.ceil(String(value.N).replace(/^-/, '').length / 2) + 1;
  if ('BOOL' in value || 'NULL' in value) return 1;
  if ('M' in value) return 3 + itemSize(value.M as Record<string, Record<string, unknown>>);
  if ('L' in value) return 3 + (value.L as Record<string, unknown>[]).reduce((sum, v) => sum + 1 + valueSize(v), 0);
  throw new Error(`No size rule for ${Object.keys(value).join()}`);
}
function itemSize(item: Record<string, Record<string, unknown>>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value), 0);
}
/** The size of the item an UpdateItem leaves: its key plus every value it sets or adds, under their names. */
function updatedItemSize(update: { Key: Record<string, Record<string, unknown>>; ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Record<string, Record<string, unknown>>; UpdateExpression: string }): number {
  const names = update.ExpressionAttributeNames ?? {};
  const values = update.ExpressionAttributeValues ?? {};
  let size = itemSize(update.Key);
  for (const [, name, value] of update.UpdateExpression.matchAll(/([#\w]+)\s*(?:=|\s)\s*(:\w+)/g)) {
    const v = values[value!];
    if (v) size += Buffer.byteLength(names[name!] ?? name!) + valueSize(v);
  }
  return size;
}
const units = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/** WCU of the writes one request sent: 1 per KB for a plain write, 2 per KB for each item of a transaction. */
function writeUnits(requests: SentRequest[]): { total: number; parts: string[] } {
  let total = 0;
  const parts: string[] = [];
  for (const { target, body } of requests) {
    if (target === 'UpdateItem') {
      const wcu = units(updatedItemSize(body as Parameters<typeof updatedItemSize>[0]));
      total += wcu;
      parts.push(`UpdateItem ${wcu}`);
    } else if (target === 'TransactWriteItems') {
      for (const entry of body.TransactItems as Record<string, Record<string, unknown>>[]) {
        const [kind, item] = Object.entries(entry)[0]!;
        const bytes = kind === 'Put' ? itemSize(item.Item as Record<string, Record<string, unknown>>) : updatedItemSize(item as Parameters<typeof updatedItemSize>[0]);
        total += 2 * units(bytes);
        parts.push(`tx ${kind} ${2 * units(bytes)}`);
      }
    }
  }
  return { total, parts };
}

export async function benchVoteCost({ votes = 2_000, warmup = 300 } = {}): Promise<Row[]> {
  // The handler reads its configuration when loaded; set it for that, and restore it after (the bench
  // later starts the stack with this process's environment).
  const saved = { ...process.env };
  Object.assign(process.env, {
    STAGE: 'local',
    TABLE_NAME: 'bench-votes',
    // Never reached: the fake answers first.
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:9',
    PHONE_HASH_KEY,
    PARTICIPANT_TOKEN_KEY,
    LOG_LEVEL: 'WARN',
  });
  const all: Quotas = { perParticipantPerDay: 10, perCandidatePerDay: 1, perParticipantPerRound: 50 };
  const one: Quotas = { perParticipantPerDay: 1, perCandidatePerDay: null, perParticipantPerRound: null };
  const rules = new Map([rulesFor('bench-all-quotas', all), rulesFor('bench-one-quota', one)].map((r) => [r.slug, r]));
  const participants = Array.from({ length: votes + warmup }, (_, i) => token(createHmac('sha256', 'bench').update(String(i)).digest('hex')));

  let restore = installFakeDynamo(rules);
  try {
    const { handler } = (await import('../functions/src/handlers/create-vote.ts')) as {
      handler: (event: APIGatewayProxyEventV2, context: Context) => Promise<{ statusCode?: number }>;
    };
    const cast = async (i: number, slug: string) => {
      const result = await handler(voteEvent(slug, participants[i]!, `contestants-${(i % 60) + 1}`), context);
      if (result.statusCode !== 201) throw new Error(`vote ${i} answered ${result.statusCode}`);
    };
    for (let i = 0; i < warmup; i++) await cast(i, 'bench-all-quotas');
    const before = process.cpuUsage();
    for (let i = warmup; i < warmup + votes; i++) await cast(i, 'bench-all-quotas');
    const used = process.cpuUsage(before);
    const cpuMsPerVote = (used.user + used.system) / 1000 / votes;

    restore();
    const sent: Record<string, SentRequest[]> = { 'bench-all-quotas': [], 'bench-one-quota': [] };
    let current = 'bench-all-quotas';
    restore = installFakeDynamo(rules, (request) => sent[current]!.push(request));
    for (const slug of Object.keys(sent)) {
      current = slug;
      await cast(0, slug);
    }
    const allQuotas = writeUnits(sent['bench-all-quotas']!);
    const oneQuota = writeUnits(sent['bench-one-quota']!);
    return [
      {
        figure: 'create-vote CPU per vote outside the database',
        value: `${cpuMsPerVote.toFixed(2)} ms`,
        note: `process.cpuUsage over ${votes} accepted votes in-process (after ${warmup} warm-up), SDK HTTP handler replaced by an in-memory fake answering success: handler + SDK work, no network, no database`,
      },
      {
        figure: 'WCU per accepted vote',
        value: `${allQuotas.total} (3 quotas) / ${oneQuota.total} (1 quota)`,
        note: `computed from the requests the handler sends (${allQuotas.parts.join(', ')}): 1 WCU per KB for a plain write, 2 per KB per transaction item; on-demand, so WCU = write request units`,
      },
    ];
  } finally {
    restore();
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
}
