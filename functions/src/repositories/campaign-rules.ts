import { DeleteCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { registrationCapacity, type CampaignRules } from '@union/schemas';
import { registrationCountKey, rulesKey } from './keys.ts';
import { conditionFailed, transactWrite } from './transactions.ts';

/** How long a warm Lambda trusts a rules snapshot it has read; the CMS changes rules rarely. */
const DEFAULT_CACHE_MS = 5_000;

/**
 * A stored snapshot with its revision: a number the table raises on every save, so a write that
 * depends on the rules can check they are still the ones it read.
 */
export interface StoredRules {
  rules: CampaignRules;
  revision: number;
}

// Module scope, so it lives as long as the warm Lambda (and is shared by all handlers of the local server).
const cache = new Map<string, { stored: StoredRules | undefined; expires: number }>();

export type SaveRulesResult =
  | { outcome: 'saved' }
  | { outcome: 'stale' }
  /** The snapshot's capacity is below the places already confirmed; `registered` is that count. */
  | { outcome: 'capacity-below-registrations'; capacity: number; registered: number };

/** Campaign rules snapshots pushed by the CMS: item `CAMPAIGN#<slug>` / `RULES`. */
export function campaignRulesRepository(doc: DynamoDBDocumentClient, tableName: string, { cacheMs = DEFAULT_CACHE_MS } = {}) {
  const cacheKey = (slug: string) => `${tableName}\u0000${slug}`;

  return {
    /**
     * The stored snapshot, or undefined when the campaign has none; served from a short cache unless
     * `fresh`, which reads consistently (after a write found the cached revision outdated).
     */
    async get(slug: string, { now = Date.now(), fresh = false } = {}): Promise<StoredRules | undefined> {
      const hit = cache.get(cacheKey(slug));
      if (!fresh && hit && hit.expires > now) return hit.stored;
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: rulesKey(slug), ConsistentRead: fresh }));
      // Snapshots saved before revisions existed count as revision 0.
      const stored = Item ? { rules: Item.rules as CampaignRules, revision: Number(Item.revision ?? 0) } : undefined;
      cache.set(cacheKey(slug), { stored, expires: now + cacheMs });
      return stored;
    },

    /**
     * Stores a snapshot unless a newer one is already stored; an equal `updatedAt` is accepted again,
     * so a CMS retry is harmless. Instants are compared as epoch milliseconds because the ISO strings
     * may carry different offsets. A capacity below the registrations already confirmed is refused in
     * the same transaction as the write (a check on the campaign's counter), so a registration racing
     * the save can never slip in between the check and the write.
     */
    async save(rules: CampaignRules): Promise<SaveRulesResult> {
      cache.delete(cacheKey(rules.slug));
      const updatedAtMs = Date.parse(rules.updatedAt);
      const capacity = registrationCapacity(rules);
      const result = await transactWrite(doc, {
        TransactItems: [
          {
            Update: {
              TableName: tableName,
              Key: rulesKey(rules.slug),
              // Names throughout: `rules` is one of DynamoDB's reserved words.
              UpdateExpression: 'SET #entity = :entity, #rules = :rules, #updatedAtMs = :updatedAtMs ADD #revision :one',
              ConditionExpression: 'attribute_not_exists(pk) OR #updatedAtMs <= :updatedAtMs',
              ExpressionAttributeNames: { '#entity': 'entity', '#rules': 'rules', '#updatedAtMs': 'updatedAtMs', '#revision': 'revision' },
              ExpressionAttributeValues: { ':entity': 'campaign-rules', ':rules': rules, ':updatedAtMs': updatedAtMs, ':one': 1 },
            },
          },
          ...(capacity === null
            ? []
            : [
                {
                  ConditionCheck: {
                    TableName: tableName,
                    Key: registrationCountKey(rules.slug),
                    ConditionExpression: 'attribute_not_exists(#confirmed) OR #confirmed <= :capacity',
                    ExpressionAttributeNames: { '#confirmed': 'confirmed' },
                    ExpressionAttributeValues: { ':capacity': capacity },
                    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
                  },
                },
              ]),
        ],
      });
      if (result.committed) return { outcome: 'saved' };
      // A stale snapshot is refused whatever its capacity: it will never be the campaign's rules.
      if (conditionFailed(result.reasons, 0)) return { outcome: 'stale' };
      if (capacity !== null && conditionFailed(result.reasons, 1)) {
        return { outcome: 'capacity-below-registrations', capacity, registered: Number(result.reasons[1]?.item?.confirmed) };
      }
      throw new Error(`Rules save cancelled for an unexpected reason: ${result.reasons.map((r) => r.code).join(', ')}`);
    },

    /** Removes the snapshot (idempotent), so the campaign takes no more registrations. */
    async delete(slug: string): Promise<void> {
      cache.delete(cacheKey(slug));
      await doc.send(new DeleteCommand({ TableName: tableName, Key: rulesKey(slug) }));
    },
  };
}
