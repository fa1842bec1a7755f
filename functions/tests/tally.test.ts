import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDocumentClient, createDynamoClient } from '../src/lib/dynamodb.ts';
import { createTables } from '../src/lib/tables.ts';
import { TALLY_SHARDS } from '../src/repositories/keys.ts';
import { talliesRepository } from '../src/repositories/tallies.ts';
import { putVotes, streamEvent, streamRecord, voteItem, type VoteItem } from './support/votes.ts';

// The handler is invoked directly here, on a table no local server polls, so each test controls
// exactly which deliveries happen (the poller's own deliveries are covered in results.test.ts).
let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
let tableName: string;
let createTallyHandler: typeof import('../src/handlers/tally-votes.ts').createTallyHandler;

beforeAll(async () => {
  process.env.LOG_LEVEL = 'SILENT';
  ({ createTallyHandler } = await import('../src/handlers/tally-votes.ts'));
  client = createDynamoClient({ region: 'ap-east-1', endpoint: inject('dynamodbEndpoint') });
  doc = createDocumentClient(client);
  tableName = `test-${randomUUID()}`;
  await createTables(client, tableName);
});
afterAll(async () => {
  await client?.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
  client?.destroy();
});

const CANDIDATES = ['contestants-1', 'contestants-2', 'model-workers-7'];

/** Votes spread over the candidates (the first gets the most), written to the table, with their insert records. */
async function castVotes(campaign: string, count: number): Promise<{ items: VoteItem[]; inserts: DynamoDBRecord[] }> {
  const items = Array.from({ length: count }, (_, i) =>
    voteItem({ campaign, round: 'final', candidate: CANDIDATES[i % 5 < 3 ? 0 : (i % 5) - 2] as string }),
  );
  await putVotes(doc, tableName, items);
  return { items, inserts: items.map((item) => streamRecord('INSERT', item)) };
}

/** Voids votes in the table as the void route does, with their MODIFY records. */
async function voidVotes(items: VoteItem[]): Promise<DynamoDBRecord[]> {
  const voided = items.map((item) => ({ ...item, voidedAt: new Date().toISOString(), voidReason: '测试作废', voidedBy: '编辑甲' }));
  await putVotes(doc, tableName, voided as VoteItem[]);
  return voided.map((next, i) => streamRecord('MODIFY', next, items[i]));
}

function expectedTotals(items: VoteItem[], voided: VoteItem[] = []) {
  const totals = new Map(CANDIDATES.map((c) => [c, { accepted: 0, voided: 0 }]));
  for (const item of items) (totals.get(item.candidate) as { accepted: number }).accepted += 1;
  for (const item of voided) (totals.get(item.candidate) as { voided: number }).voided += 1;
  return Object.fromEntries(totals);
}

async function totalsOf(campaign: string) {
  const totals = await talliesRepository(doc, tableName).totals(campaign, 'final', CANDIDATES);
  return Object.fromEntries([...totals].map(([candidate, { accepted, voided }]) => [candidate, { accepted, voided }]));
}

describe('tally-votes stream handler', () => {
  it('counts a batch once and leaves totals unchanged when the same batch is delivered again', async () => {
    const campaign = `tally-${randomUUID().slice(0, 8)}`;
    const handler = createTallyHandler(doc, tableName);
    const { items, inserts } = await castVotes(campaign, 40);
    const voids = await voidVotes(items.slice(0, 3));
    const event = streamEvent([...inserts, ...voids]);

    expect(await handler(event)).toEqual({ batchItemFailures: [] });
    const first = await totalsOf(campaign);
    expect(first).toEqual(expectedTotals(items, items.slice(0, 3)));

    await handler(event);
    expect(await totalsOf(campaign)).toEqual(first);
    const stored = await doc.send(new GetCommand({ TableName: tableName, Key: { pk: items[0]?.pk, sk: 'VOTE' } }));
    expect(stored.Item).toMatchObject({ countedAt: expect.any(String), voidCountedAt: expect.any(String) });
  });

  it('leaves totals unchanged when the same records come back split into other batches', async () => {
    const campaign = `tally-${randomUUID().slice(0, 8)}`;
    const handler = createTallyHandler(doc, tableName);
    const { items, inserts } = await castVotes(campaign, 30);
    const voids = await voidVotes(items.slice(10, 12));
    const records = [...inserts, ...voids];

    await handler(streamEvent(records.slice(0, 12)));
    await handler(streamEvent(records.slice(12)));
    const expected = expectedTotals(items, items.slice(10, 12));
    expect(await totalsOf(campaign)).toEqual(expected);

    // A replay in other splits, overlapping, and with a record twice in one batch.
    await handler(streamEvent(records.slice(5, 20)));
    await handler(streamEvent([...records.slice(18), ...records.slice(0, 7), records[3] as DynamoDBRecord]));
    expect(await totalsOf(campaign)).toEqual(expected);
  });

  it('splits a batch larger than one transaction and ignores its own marks, other entities and removals', async () => {
    const campaign = `tally-${randomUUID().slice(0, 8)}`;
    const handler = createTallyHandler(doc, tableName);
    const { items, inserts } = await castVotes(campaign, 230);
    await handler(streamEvent(inserts));
    const expected = expectedTotals(items);
    expect(await totalsOf(campaign)).toEqual(expected);

    // What the stream carries next: the MODIFYs of the tally's own marks, a rules item, a TTL removal.
    const marks = items.slice(0, 20).map((item) => streamRecord('MODIFY', { ...item, countedAt: new Date().toISOString() }, item));
    const other = streamRecord('INSERT', { pk: `CAMPAIGN#${campaign}`, sk: 'RULES', entity: 'campaign-rules' });
    const removal = { ...streamRecord('INSERT', items[0] as VoteItem), eventName: 'REMOVE' as const };
    await handler(streamEvent([...marks, other, removal]));
    expect(await totalsOf(campaign)).toEqual(expected);
    // The totals went to shards, not to one item per candidate.
    const shards = await talliesRepository(doc, tableName).totals(campaign, 'final', [CANDIDATES[0] as string]);
    expect(shards.get(CANDIDATES[0] as string)?.accepted).toBe(expected[CANDIDATES[0] as string]?.accepted);
    expect(TALLY_SHARDS).toBeGreaterThan(1);
  });

  it('keeps totals exact when DynamoDB throttles, conflicts, loses a response after committing, or fails a batch midway', async () => {
    const campaign = `tally-${randomUUID().slice(0, 8)}`;
    const { items, inserts } = await castVotes(campaign, 150);
    const voids = await voidVotes(items.slice(0, 4));
    const event = streamEvent([...inserts, ...voids]);

    // A mock client, only to inject what DynamoDB Local never produces: throttling, a transaction
    // conflict, a response lost after the write committed, and an unexpected failure. Every other
    // call (and the calls after a fault) goes to DynamoDB Local.
    let transactions = 0;
    const faults: Record<number, 'throttle' | 'conflict' | 'lost-response' | 'fail'> = {
      1: 'throttle',
      2: 'conflict',
      3: 'lost-response',
      5: 'fail',
      6: 'throttle',
    };
    const faulty = {
      async send(command: { constructor: { name: string } }) {
        if (command.constructor.name !== 'TransactWriteCommand') return doc.send(command as never);
        transactions += 1;
        const fault = faults[transactions];
        if (fault === 'throttle') throw Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ProvisionedThroughputExceededException' });
        if (fault === 'conflict') {
          throw Object.assign(new Error('Transaction cancelled'), {
            name: 'TransactionCanceledException',
            CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict' }],
          });
        }
        if (fault === 'fail') throw Object.assign(new Error('Something unexpected'), { name: 'InternalFailure' });
        const result = await doc.send(command as never);
        if (fault === 'lost-response') throw Object.assign(new Error('Throttled'), { name: 'ThrottlingException' });
        return result;
      },
    } as unknown as DynamoDBDocumentClient;
    const handler = createTallyHandler(faulty, tableName);

    // The unexpected failure fails the batch, as Lambda sees it; the event source delivers it again.
    await expect(handler(event)).rejects.toThrow('Something unexpected');
    await handler(event);

    expect(transactions).toBeGreaterThan(6);
    expect(await totalsOf(campaign)).toEqual(expectedTotals(items, items.slice(0, 4)));
  });
});
