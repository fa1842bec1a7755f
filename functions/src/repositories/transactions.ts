import { setTimeout as sleep } from 'node:timers/promises';
import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

/** One entry of a cancelled transaction's reasons, in the order of its items. */
export interface CancellationReason {
  /** `None` (this item was fine), `ConditionalCheckFailed`, `TransactionConflict`, … */
  code: string;
  /** The item as it was, for an item sent with `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`. */
  item: Record<string, unknown> | undefined;
}

export type TransactionResult = { committed: true } | { committed: false; reasons: CancellationReason[] };

const CONDITION_FAILED = 'ConditionalCheckFailed';
/** A conflict with another transaction in flight on one of the items: nothing was decided, so try again. */
const CONFLICT = 'TransactionConflict';
const MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 15;
const MAX_DELAY_MS = 400;

// The document client does not unmarshall the items inside an exception; numbers arrive as { N: '42' }.
function plainItem(item: unknown): Record<string, unknown> | undefined {
  if (!item || typeof item !== 'object') return undefined;
  return Object.fromEntries(
    Object.entries(item as Record<string, unknown>).map(([name, value]) => {
      if (value && typeof value === 'object') {
        const v = value as { N?: string; S?: string; BOOL?: boolean };
        if (v.N !== undefined) return [name, Number(v.N)];
        if (v.S !== undefined) return [name, v.S];
        if (v.BOOL !== undefined) return [name, v.BOOL];
      }
      return [name, value];
    }),
  );
}

function cancellationReasons(error: unknown): CancellationReason[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons = (error as { CancellationReasons?: { Code?: string; Item?: unknown }[] }).CancellationReasons;
  return reasons?.map((r) => ({ code: r.Code ?? 'None', item: plainItem(r.Item) }));
}

/**
 * Runs TransactWriteItems. A transaction refused by a condition comes back as its cancellation
 * reasons, for the caller to tell its conditions apart. One that only collided with another
 * transaction on the same item (a campaign's counter is one item every registration touches) is
 * retried with jittered backoff, since the collision decided nothing. Anything else, and a conflict
 * that outlasts the retries, is thrown.
 */
export async function transactWrite(doc: DynamoDBDocumentClient, input: TransactWriteCommandInput): Promise<TransactionResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await doc.send(new TransactWriteCommand(input));
      return { committed: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons) throw error;
      // A failed condition decides, even beside a conflict on another item.
      if (reasons.some((r) => r.code === CONDITION_FAILED)) return { committed: false, reasons };
      if (!reasons.some((r) => r.code === CONFLICT) || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt));
    }
  }
}

/** Whether the transaction item at `index` failed its condition. */
export const conditionFailed = (reasons: readonly CancellationReason[], index: number): boolean =>
  reasons[index]?.code === CONDITION_FAILED;
