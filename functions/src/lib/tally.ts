import { setTimeout as sleep } from 'node:timers/promises';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { exceedsFlagRate } from '@union/schemas';
import type { DynamoDBRecord } from 'aws-lambda';
import { TALLY_SHARDS } from '../repositories/keys.ts';
import type { TalliesRepository } from '../repositories/tallies.ts';
import { planTally, type RateDelta, type TallyChunk, type VoteChange } from './tally-plan.ts';

/** Tries of one chunk that was throttled or collided, before the batch fails (and the stream delivers it again). */
const MAX_CONTENDED_ATTEMPTS = 10;
const BASE_DELAY_MS = 20;
const MAX_DELAY_MS = 2_000;
/**
 * A flag already written for a candidate's minute is refreshed at most this often by one instance:
 * in a busy round every batch of every stream shard would otherwise rewrite the campaign's flag items.
 */
const FLAG_REFRESH_MS = 10_000;

type Image = Record<string, AttributeValue>;

function image(value: unknown): Record<string, unknown> | undefined {
  // Lambda delivers images as AttributeValue JSON ({ "S": "…" }); aws-lambda's type is a look-alike of the SDK's.
  return value ? unmarshall(value as Image) : undefined;
}

/**
 * What a stream record means to the tally, if anything: an INSERT of a vote not yet counted is an
 * accepted vote; a MODIFY whose new image is voided but not yet void-counted is a void. Everything
 * else is ignored, including the MODIFYs the tally's own marks cause (their new image carries the
 * mark), REMOVEs (TTL) and other entities.
 */
export function voteChangeOf(record: DynamoDBRecord): VoteChange | undefined {
  const next = image(record.dynamodb?.NewImage);
  if (!next || next.entity !== 'vote') return undefined;
  const { pk, sk, campaign, round, candidate, castAt } = next;
  if (typeof pk !== 'string' || typeof sk !== 'string' || typeof campaign !== 'string' || typeof round !== 'string') return undefined;
  if (typeof candidate !== 'string' || typeof castAt !== 'string') return undefined;
  const vote = { key: { pk, sk }, campaign, round, candidate, castAt };
  if (record.eventName === 'INSERT' && next.countedAt === undefined) return { kind: 'accepted', ...vote };
  if (record.eventName === 'MODIFY' && next.voidedAt !== undefined && next.voidCountedAt === undefined) return { kind: 'voided', ...vote };
  return undefined;
}

export interface TallyDeps {
  tallies: TalliesRepository;
  /** The campaign's abuse threshold (votes per minute), or null/undefined when it has none. */
  flagThreshold: (campaign: string) => Promise<number | null | undefined>;
  now?: () => Date;
  random?: () => number;
}

/** When this instance last wrote each flag (`<campaign>#<round>#<candidate>#<minute>` → epoch ms). */
const flagsWritten = new Map<string, number>();

export interface TallyOutcome {
  /** Votes and voids this call added to the totals. */
  counted: number;
  /** Changes dropped because an earlier delivery had already counted them. */
  alreadyCounted: number;
}

/**
 * Counts a batch of changes exactly once each, however often and however split the stream delivers
 * them: every chunk is one transaction that marks its votes and adds their deltas together, under
 * conditions that fail for a vote already marked. A chunk cancelled for such votes is planned again
 * without them; a throttled or conflicting one is retried with backoff; anything else throws, so the
 * whole batch is delivered again (and what was committed of it is then skipped by the same conditions).
 */
export async function tallyChanges(changes: readonly VoteChange[], deps: TallyDeps): Promise<TallyOutcome> {
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const pickShard = () => Math.floor(random() * TALLY_SHARDS);
  const outcome: TallyOutcome = { counted: 0, alreadyCounted: 0 };
  // Minute counts only for campaigns that flag: they cost an item per candidate in each transaction.
  const thresholds = new Map<string, number | null | undefined>();
  for (const campaign of new Set(changes.map((c) => c.campaign))) thresholds.set(campaign, await deps.flagThreshold(campaign));
  const plan = (list: readonly VoteChange[]) => planTally(list, { pickShard, rates: (campaign) => thresholds.get(campaign) != null });

  const queue: TallyChunk[] = plan(changes);
  // The minutes this batch counts into, whether this delivery or an earlier one commits them.
  const minutes = queue.flatMap((chunk) => chunk.rates);
  let contended = 0;
  while (queue.length > 0) {
    const chunk = queue.shift() as TallyChunk;
    const result = await deps.tallies.commit(chunk, { now: now() });
    if (result.outcome === 'committed') {
      outcome.counted += chunk.votes.length;
      contended = 0;
    } else if (result.outcome === 'already-counted') {
      const counted = new Set(result.votePks);
      const rest = chunk.votes.filter((vote) => !counted.has(vote.key.pk));
      outcome.alreadyCounted += chunk.votes.length - rest.length;
      queue.unshift(...plan(rest));
    } else {
      contended += 1;
      if (contended >= MAX_CONTENDED_ATTEMPTS) throw new Error(`Tally chunk still ${result.reason} after ${contended} attempts`);
      await sleep(random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** contended));
      queue.unshift(chunk);
    }
  }
  // Every minute the batch touched is checked, counted now or by an earlier delivery: a delivery that
  // failed after counting but before flagging still gets its flags on the retry.
  await flagFastCandidates(minutes, thresholds, deps, now);
  return outcome;
}

/**
 * Flags candidates whose minute count (now including this batch) exceeds their campaign's threshold.
 * Runs after the counts are committed and reads them back, so concurrent batches of other stream shards
 * are included; it writes only flags, so a failure here retries the batch without double counting.
 */
async function flagFastCandidates(
  minutes: readonly RateDelta[],
  thresholds: ReadonlyMap<string, number | null | undefined>,
  deps: TallyDeps,
  now: () => Date,
): Promise<void> {
  const buckets = new Map<string, { campaign: string; round: string; candidate: string; minute: string }>();
  for (const { campaign, round, candidate, minute } of minutes) {
    buckets.set(`${campaign}#${round}#${candidate}#${minute}`, { campaign, round, candidate, minute });
  }
  if (buckets.size === 0) return;
  const counts = await deps.tallies.minuteCounts([...buckets.values()]);
  for (const [id, bucket] of buckets) {
    const count = counts.get(id) ?? 0;
    const threshold = thresholds.get(bucket.campaign);
    if (threshold == null || !exceedsFlagRate(count, threshold)) continue;
    const at = now();
    const written = flagsWritten.get(id);
    if (written !== undefined && at.getTime() - written < FLAG_REFRESH_MS) continue;
    if (flagsWritten.size > 10_000) flagsWritten.clear();
    flagsWritten.set(id, at.getTime());
    await deps.tallies.flag(
      bucket.campaign,
      { round: bucket.round, candidate: bucket.candidate, minute: bucket.minute, rate: count, threshold },
      { now: at },
    );
  }
}
