import {
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { TallyChunk } from '../lib/tally-plan.ts';
import { batchGetAll } from './batch-get.ts';
import { TALLY_SHARDS, flagRateKey, tallyKey, tallyPartition, voteFlagKey, voteFlagPartition } from './keys.ts';

/** Minute counts of the abuse flag are only compared within their minute; a day is plenty. */
const RATE_TTL_SECONDS = 24 * 60 * 60;

export type CommitResult =
  | { outcome: 'committed' }
  /** Some votes of the chunk were counted before (a replay): their keys; nothing of the chunk was written. */
  | { outcome: 'already-counted'; votePks: string[] }
  /** Throttled, or collided with another transaction: nothing was written, try again later. */
  | { outcome: 'contended'; reason: string };

/** A candidate's total summed over its shards. */
export interface CandidateTotal {
  accepted: number;
  voided: number;
  /** Latest time a batch was added to any of its shards (ISO), or null before the first vote. */
  updatedAt: string | null;
}

/** An abuse flag: a candidate whose accepted votes in one minute exceeded the campaign's threshold. */
export interface VoteFlag {
  round: string;
  candidate: string;
  firstFlaggedAt: string;
  lastFlaggedAt: string;
  /** Accepted votes in the minute that last raised or refreshed the flag. */
  lastRate: number;
  /** That minute (UTC, `YYYY-MM-DDTHH:MM`). */
  minute: string;
  threshold: number;
}

const CONDITION_FAILED = 'ConditionalCheckFailed';
/** Cancellation reasons and error names that decided nothing: the same write may simply be tried again. */
const RETRYABLE_REASONS = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded', 'RequestLimitExceeded']);
const RETRYABLE_ERRORS = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'TransactionInProgressException',
  'InternalServerError',
]);

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** Adds one shard item to a candidate's total. */
function addShard(total: CandidateTotal, item: Record<string, unknown>): void {
  total.accepted += Number(item.accepted ?? 0);
  total.voided += Number(item.voided ?? 0);
  const updatedAt = typeof item.updatedAt === 'string' ? item.updatedAt : null;
  if (updatedAt && (!total.updatedAt || updatedAt > total.updatedAt)) total.updatedAt = updatedAt;
}

/**
 * Vote totals (sharded counters `TALLY#…` / `SHARD#n`), the per-minute counts and the flags of the abuse
 * check, and the tally's marks on vote items (`countedAt`, `voidCountedAt`). Only the tally writes here.
 */
export function talliesRepository(doc: DynamoDBDocumentClient, tableName: string) {
  return {
    /**
     * One transaction: marks each vote of the chunk counted (a vote only once, a void only once and
     * only of a voided vote) and adds the chunk's deltas to the totals and minute counts. Either all
     * of it is written or none.
     */
    async commit(chunk: TallyChunk, { now }: { now: Date }): Promise<CommitResult> {
      const at = now.toISOString();
      type Item = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
      const TransactItems: Item[] = [
        ...chunk.votes.map((vote): Item => ({
          Update:
            vote.kind === 'accepted'
              ? {
                  TableName: tableName,
                  Key: vote.key,
                  UpdateExpression: 'SET #countedAt = :at',
                  // attribute_exists: a vote deleted before the tally reached it must not come back as a stub.
                  ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#countedAt)',
                  ExpressionAttributeNames: { '#pk': 'pk', '#countedAt': 'countedAt' },
                  ExpressionAttributeValues: { ':at': at },
                }
              : {
                  TableName: tableName,
                  Key: vote.key,
                  UpdateExpression: 'SET #voidCountedAt = :at',
                  ConditionExpression: 'attribute_exists(#voidedAt) AND attribute_not_exists(#voidCountedAt)',
                  ExpressionAttributeNames: { '#voidedAt': 'voidedAt', '#voidCountedAt': 'voidCountedAt' },
                  ExpressionAttributeValues: { ':at': at },
                },
        })),
        ...chunk.totals.map((total) => ({
          Update: {
            TableName: tableName,
            Key: tallyKey(total.campaign, total.round, total.candidate, total.shard),
            UpdateExpression: 'ADD #accepted :accepted, #voided :voided SET #entity = :entity, #updatedAt = :at',
            ExpressionAttributeNames: { '#accepted': 'accepted', '#voided': 'voided', '#entity': 'entity', '#updatedAt': 'updatedAt' },
            ExpressionAttributeValues: { ':accepted': total.accepted, ':voided': total.voided, ':entity': 'tally', ':at': at },
          },
        })),
        ...chunk.rates.map((rate) => ({
          Update: {
            TableName: tableName,
            Key: flagRateKey(rate.campaign, rate.round, rate.candidate, rate.minute),
            UpdateExpression: 'ADD #accepted :accepted SET #entity = :entity, #expiresAt = if_not_exists(#expiresAt, :expiresAt)',
            ExpressionAttributeNames: { '#accepted': 'accepted', '#entity': 'entity', '#expiresAt': 'expiresAt' },
            ExpressionAttributeValues: {
              ':accepted': rate.accepted,
              ':entity': 'flag-rate',
              ':expiresAt': Math.floor(Date.parse(`${rate.minute}:00Z`) / 1000) + RATE_TTL_SECONDS,
            },
          },
        })),
      ];
      try {
        await doc.send(new TransactWriteCommand({ TransactItems }));
        return { outcome: 'committed' };
      } catch (error) {
        const name = errorName(error);
        if (name === 'TransactionCanceledException') {
          const reasons = ((error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code ?? 'None');
          const counted = chunk.votes.filter((_, i) => reasons[i] === CONDITION_FAILED).map((vote) => vote.key.pk);
          if (counted.length > 0) return { outcome: 'already-counted', votePks: counted };
          const retryable = reasons.find((code) => RETRYABLE_REASONS.has(code));
          if (retryable) return { outcome: 'contended', reason: retryable };
        }
        if (RETRYABLE_ERRORS.has(name)) return { outcome: 'contended', reason: name };
        throw error;
      }
    },

    /** Accepted-vote counts of the given candidate minutes, keyed `<campaign>#<round>#<candidate>#<minute>`. */
    async minuteCounts(buckets: { campaign: string; round: string; candidate: string; minute: string }[]): Promise<Map<string, number>> {
      const byKey = new Map(buckets.map((b) => [JSON.stringify(flagRateKey(b.campaign, b.round, b.candidate, b.minute)), b] as const));
      const items = await batchGetAll(doc, tableName, buckets.map((b) => flagRateKey(b.campaign, b.round, b.candidate, b.minute)));
      const counts = new Map<string, number>();
      for (const item of items) {
        const bucket = byKey.get(JSON.stringify({ pk: item.pk, sk: item.sk }));
        if (bucket) counts.set(`${bucket.campaign}#${bucket.round}#${bucket.candidate}#${bucket.minute}`, Number(item.accepted ?? 0));
      }
      return counts;
    },

    /**
     * Raises or refreshes a candidate's flag. `firstFlaggedAt` stays; the rate is only replaced by one of
     * the same or a later minute, so a replayed older batch cannot roll it back.
     */
    async flag(
      campaign: string,
      flag: { round: string; candidate: string; minute: string; rate: number; threshold: number },
      { now }: { now: Date },
    ): Promise<void> {
      const at = now.toISOString();
      try {
        await doc.send(
          new UpdateCommand({
            TableName: tableName,
            Key: voteFlagKey(campaign, flag.round, flag.candidate),
            UpdateExpression:
              'SET #entity = :entity, #round = :round, #candidate = :candidate, #firstFlaggedAt = if_not_exists(#firstFlaggedAt, :at), ' +
              '#lastFlaggedAt = :at, #lastRate = :rate, #minute = :minute, #threshold = :threshold',
            ConditionExpression: 'attribute_not_exists(#minute) OR #minute < :minute OR (#minute = :minute AND #lastRate <= :rate)',
            ExpressionAttributeNames: {
              '#entity': 'entity',
              '#round': 'round',
              '#candidate': 'candidate',
              '#firstFlaggedAt': 'firstFlaggedAt',
              '#lastFlaggedAt': 'lastFlaggedAt',
              '#lastRate': 'lastRate',
              '#minute': 'minute',
              '#threshold': 'threshold',
            },
            ExpressionAttributeValues: {
              ':entity': 'vote-flag',
              ':round': flag.round,
              ':candidate': flag.candidate,
              ':at': at,
              ':rate': flag.rate,
              ':minute': flag.minute,
              ':threshold': flag.threshold,
            },
          }),
        );
      } catch (error) {
        if (errorName(error) !== 'ConditionalCheckFailedException') throw error;
      }
    },

    /** A campaign's flags, by round and candidate. */
    async flags(campaign: string): Promise<VoteFlag[]> {
      const flags: VoteFlag[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': 'pk' },
            ExpressionAttributeValues: { ':pk': voteFlagPartition(campaign) },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) {
          flags.push({
            round: String(item.round),
            candidate: String(item.candidate),
            firstFlaggedAt: String(item.firstFlaggedAt),
            lastFlaggedAt: String(item.lastFlaggedAt),
            lastRate: Number(item.lastRate),
            minute: String(item.minute),
            threshold: Number(item.threshold),
          });
        }
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return flags;
    },

    /** Each candidate's total in a round, summed over its shards (eventually consistent: results are cached anyway). */
    async totals(campaign: string, round: string, candidates: readonly string[]): Promise<Map<string, CandidateTotal>> {
      const keys = candidates.flatMap((candidate) => Array.from({ length: TALLY_SHARDS }, (_, shard) => tallyKey(campaign, round, candidate, shard)));
      const byPk = new Map(candidates.map((candidate) => [tallyKey(campaign, round, candidate, 0).pk, candidate] as const));
      const totals = new Map<string, CandidateTotal>(candidates.map((c) => [c, { accepted: 0, voided: 0, updatedAt: null }]));
      for (const item of await batchGetAll(doc, tableName, keys)) {
        const candidate = byPk.get(String(item.pk));
        const total = candidate === undefined ? undefined : totals.get(candidate);
        if (total) addShard(total, item);
      }
      return totals;
    },

    /**
     * One candidate's total in a round: one Query of their own partition, which holds only their
     * TALLY_SHARDS small shard items (half a read unit, where a BatchGet of the ten keys costs ten halves).
     * Eventually consistent, as `totals`.
     */
    async total(campaign: string, round: string, candidate: string): Promise<CandidateTotal> {
      const total: CandidateTotal = { accepted: 0, voided: 0, updatedAt: null };
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await doc.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :shard)',
            ExpressionAttributeNames: { '#pk': 'pk', '#sk': 'sk' },
            ExpressionAttributeValues: { ':pk': tallyPartition(campaign, round, candidate), ':shard': 'SHARD#' },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) addShard(total, item);
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return total;
    },
  };
}

export type TalliesRepository = ReturnType<typeof talliesRepository>;
