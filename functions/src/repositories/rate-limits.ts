import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { rateLimitPartition, rateLimitSortKey } from './keys.ts';

/** One fixed-window request counter a request must stay below. */
export interface RateLimit {
  /** What is limited, e.g. `vote`; part of the key so actions never share counters. */
  action: string;
  subject: 'participant' | 'client';
  /** A keyed hash (phone hash or client hash), never a number or an address. */
  hash: string;
  windowSeconds: number;
  /** Epoch seconds. */
  windowStart: number;
  max: number;
}

/**
 * The conditional increment of one fixed-window counter: refused once `count` reached `max`, the item
 * expiring with its window. Shared by the request limits here and the one-time-code send limits.
 */
export function windowCounterIncrement(
  tableName: string,
  key: { pk: string; sk: string },
  limit: { windowStart: number; windowSeconds: number; max: number },
  entity: string,
) {
  return {
    TableName: tableName,
    Key: key,
    UpdateExpression: 'SET #entity = :entity, expiresAt = :expiresAt ADD #count :one',
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
    ExpressionAttributeNames: { '#entity': 'entity', '#count': 'count' },
    ExpressionAttributeValues: { ':entity': entity, ':expiresAt': limit.windowStart + limit.windowSeconds, ':one': 1, ':max': limit.max },
  };
}

const keyOf = (limit: RateLimit) => ({
  pk: rateLimitPartition(limit.action, limit.subject, limit.hash),
  sk: rateLimitSortKey(limit.windowSeconds, limit.windowStart),
});

/**
 * Fixed-window request counters: items `RATE#<action>#<subject>#<hash>` / `WINDOW#<seconds>#<start>`
 * holding `count`, expiring with their window (shapes in lib/tables.ts).
 */
export function rateLimitsRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    /**
     * Counts one request against each limit, each by a conditional increment that is refused once the
     * window's count reached `max`, so parallel requests cannot overshoot a limit. The counters are
     * raised independently (plain writes, not a transaction: half the cost): a request refused by one
     * limit still counts against the others, as a request it was. Returns the indexes of the refusing
     * limits (empty: the request may go on).
     */
    async hit(limits: readonly RateLimit[]): Promise<number[]> {
      const refused = await Promise.all(
        limits.map(async (limit, index) => {
          try {
            await doc.send(new UpdateCommand(windowCounterIncrement(tableName, keyOf(limit), limit, 'rate-count')));
            return undefined;
          } catch (error) {
            if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return index;
            throw error;
          }
        }),
      );
      return refused.filter((index) => index !== undefined);
    },
  };
}

export type RateLimitsRepository = ReturnType<typeof rateLimitsRepository>;
