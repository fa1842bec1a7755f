// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { logger } from '../lib/logger.ts';
import { tallyChanges, voteChangeOf } from '../lib/tally.ts';
import type { VoteChange } from '../lib/tally-plan.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { talliesRepository } from '../repositories/tallies.ts';

/**
 * Builds the stream handler over a table (the Lambda's own, below; tests build one over their table
 * or a client that injects faults): adds the votes and voids of a batch of the table's stream to the
 * candidates' sharded totals, each exactly once however often and however split the batch is
 * delivered. An error is thrown, not reported per item, so the event source delivers the whole batch
 * again; what was committed of it before the failure is then skipped by the per-vote marks.
 */
export function createTallyHandler(doc: DynamoDBDocumentClient, tableName: string) {
  const tallies = talliesRepository(doc, tableName);
  const campaignRules = campaignRulesRepository(doc, tableName);
  return async (event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> => {
    const changes = event.Records.map(voteChangeOf).filter((change): change is VoteChange => change !== undefined);
    if (changes.length === 0) return { batchItemFailures: [] };
    const outcome = await tallyChanges(changes, {
      tallies,
      flagThreshold: async (campaign) => (await campaignRules.get(campaign))?.rules.voting?.flagVotesPerMinute,
    });
    logger.info('Tally batch', { records: event.Records.length, ...outcome });
    return { batchItemFailures: [] };
  };
}

/** Stream event of the participation table (not an HTTP route): the tally. */
export const handler = createTallyHandler(documentClientFromEnv(env), env.TABLE_NAME);
