import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** BatchGetItem takes at most 100 keys per request. */
const BATCH_GET_KEYS = 100;
/** Rounds of asking again for the keys DynamoDB left unprocessed (throttled) before giving up. */
const MAX_ATTEMPTS = 10;

export type ItemKey = { pk: string; sk: string };

/**
 * Reads every item of `keys` (missing ones are simply absent), 100 keys per request, the requests in
 * parallel; keys DynamoDB leaves unprocessed are asked for again after a growing, jittered pause.
 * The repositories' one way to read many items by key.
 */
export async function batchGetAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly ItemKey[],
  { consistentRead = false }: { consistentRead?: boolean } = {},
): Promise<Record<string, unknown>[]> {
  const pages: ItemKey[][] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_KEYS) pages.push(keys.slice(i, i + BATCH_GET_KEYS));
  const results = await Promise.all(
    pages.map(async (page) => {
      const items: Record<string, unknown>[] = [];
      let pending: Record<string, unknown>[] = page;
      for (let attempt = 0; pending.length > 0; attempt += 1) {
        if (attempt >= MAX_ATTEMPTS) throw new Error(`BatchGet left ${pending.length} keys unprocessed after ${MAX_ATTEMPTS} attempts`);
        if (attempt > 0) await sleep(Math.min(1_000, 25 * 2 ** attempt) * Math.random());
        const out = await doc.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistentRead } } }));
        items.push(...(out.Responses?.[tableName] ?? []));
        pending = out.UnprocessedKeys?.[tableName]?.Keys ?? [];
      }
      return items;
    }),
  );
  return results.flat();
}
