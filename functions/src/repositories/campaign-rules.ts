import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CampaignRules } from '@union/schemas';
import { campaignPartition, isConditionFailure } from './keys.ts';

const RULES_SORT_KEY = 'RULES';

/** How long a warm Lambda trusts a rules snapshot it has read; the CMS changes rules rarely. */
const DEFAULT_CACHE_MS = 5_000;

// Module scope, so it lives as long as the warm Lambda (and is shared by all handlers of the local server).
const cache = new Map<string, { rules: CampaignRules | undefined; expires: number }>();

export type SaveRulesResult = 'saved' | 'stale';

/** Campaign rules snapshots pushed by the CMS: item `CAMPAIGN#<slug>` / `RULES`. */
export function campaignRulesRepository(doc: DynamoDBDocumentClient, tableName: string, { cacheMs = DEFAULT_CACHE_MS } = {}) {
  const key = (slug: string) => ({ pk: campaignPartition(slug), sk: RULES_SORT_KEY });
  const cacheKey = (slug: string) => `${tableName}\u0000${slug}`;

  return {
    /** The stored snapshot, or undefined when the campaign has none; served from a short cache. */
    async get(slug: string, now = Date.now()): Promise<CampaignRules | undefined> {
      const hit = cache.get(cacheKey(slug));
      if (hit && hit.expires > now) return hit.rules;
      const { Item } = await doc.send(new GetCommand({ TableName: tableName, Key: key(slug) }));
      const rules = Item?.rules as CampaignRules | undefined;
      cache.set(cacheKey(slug), { rules, expires: now + cacheMs });
      return rules;
    },

    /**
     * Stores a snapshot unless a newer one is already stored; an equal `updatedAt` is accepted again,
     * so a CMS retry is harmless. Instants are compared as epoch milliseconds because the ISO strings
     * may carry different offsets.
     */
    async save(rules: CampaignRules): Promise<SaveRulesResult> {
      cache.delete(cacheKey(rules.slug));
      try {
        await doc.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...key(rules.slug), entity: 'campaign-rules', rules, updatedAtMs: Date.parse(rules.updatedAt) },
            ConditionExpression: 'attribute_not_exists(pk) OR updatedAtMs <= :updatedAtMs',
            ExpressionAttributeValues: { ':updatedAtMs': Date.parse(rules.updatedAt) },
          }),
        );
        return 'saved';
      } catch (error) {
        if (isConditionFailure(error)) return 'stale';
        throw error;
      }
    },

    /** Removes the snapshot (idempotent), so the campaign takes no more registrations. */
    async delete(slug: string): Promise<void> {
      cache.delete(cacheKey(slug));
      await doc.send(new DeleteCommand({ TableName: tableName, Key: key(slug) }));
    },
  };
}
