// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { logger } from '../lib/logger.ts';
import { tallyChanges, voteChangeOf } from '../lib/tally.ts';
import type { VoteChange } from '../lib/tally-plan.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { talliesRepository } from '../repositories/tallies.ts';

const doc = documentClientFromEnv(env);
const tallies = talliesRepository(doc, env.TABLE_NAME);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);

/**
 * Stream event (not an HTTP route): adds the votes and voids of a batch of the table's stream to the
 * candidates' sharded totals, each exactly once however often the batch is delivered. An error is
 * thrown, not reported per item, so the event source delivers the whole batch again; what this call
 * committed before failing is then skipped by the per-vote marks.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const changes = event.Records.map(voteChangeOf).filter((change): change is VoteChange => change !== undefined);
  if (changes.length === 0) return { batchItemFailures: [] };
  const outcome = await tallyChanges(changes, {
    tallies,
    flagThreshold: async (campaign) => (await campaignRules.get(campaign))?.rules.voting?.flagVotesPerMinute,
  });
  logger.info('Tally batch', { records: event.Records.length, ...outcome });
  return { batchItemFailures: [] };
}
