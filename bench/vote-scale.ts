/**
 * Figure: "20,000 votes/s for 10 minutes", simulated in process. Deterministic: a seeded generator
 * casts 12,000,000 votes over 600 simulated seconds (participants at random, one candidate taking
 * 40 %), the table's stream is modelled as N shards whose records reach the tally in 1 s batching
 * windows (≤ 1,000 records a batch), and the REAL tally code (functions/src/lib/tally.ts and its
 * chunking in tally-plan.ts, with the real key builders) counts them against an in-memory table that
 * enforces the same per-vote conditions as DynamoDB. Some batches are delivered twice, some re-split
 * (the event source's retries), and some votes are voided later.
 *
 * Reports the peak writes per second on any single partition key (DynamoDB's per-partition limit is
 * 1,000 WCU/s; transactional writes cost 2 WCU each) and checks that the totals equal the votes cast
 * exactly. Run alone with `npx tsx bench/vote-scale.ts`, or as part of `npm run bench`.
 */
import { tallyChanges } from '../functions/src/lib/tally.ts';
import type { TallyChunk, VoteChange } from '../functions/src/lib/tally-plan.ts';
import {
  candidateDayQuotaSortKey,
  dayQuotaSortKey,
  flagRateKey,
  quotaPartition,
  roundQuotaSortKey,
  tallyKey,
  voteFlagKey,
  voteKey,
} from '../functions/src/repositories/keys.ts';
import type { CommitResult, TalliesRepository } from '../functions/src/repositories/tallies.ts';
import type { Row } from './lib/stats.ts';

export interface VoteScaleOptions {
  votesPerSecond?: number;
  seconds?: number;
  streamShards?: number;
  candidates?: number;
  participants?: number;
  /** Share of votes an editor voids (a minute after they were cast). */
  voidShare?: number;
  /** Share of batches the event source delivers a second time, as is or merged with the next one. */
  replayShare?: number;
  /** The campaign's flagVotesPerMinute: on, so every transaction also carries the minute counts (the heavier case). */
  flagVotesPerMinute?: number;
  seed?: number;
}

const CAMPAIGN = 'singer-contest-2026';
const ROUND = 'final';
const BATCH_SIZE = 1000;
const START_MS = Date.parse('2026-05-01T02:00:00.000Z');

/** mulberry32: small, fast, seeded; the same run gives the same figures. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Receipts and phone hashes are keyed hashes in the API; here an index, hex-encoded to the same length,
// so a key can be traced back to its vote without a 12-million-entry map.
const receiptOf = (index: number) => index.toString(16).padStart(32, '0');
const indexOfVotePk = (pk: string) => Number.parseInt(pk.slice(-13), 16);
const phoneHashOf = (index: number) => index.toString(16).padStart(64, '0');

interface Peak {
  writes: number;
  key: string;
  second: number;
}

/**
 * Counts writes per partition key per simulated second. Keys with one item per vote or participant
 * (twelve million of them) are counted in typed arrays by index, the rest in a map of the second in
 * progress; both keep the highest count any key reached in any second.
 */
class WriteCounter {
  private second = -1;
  private counts = new Map<string, number>();
  peak: Peak = { writes: 0, key: '', second: 0 };
  total = 0;

  add(second: number, pk: string, writes = 1): void {
    if (second !== this.second) {
      this.counts = new Map();
      this.second = second;
    }
    const count = (this.counts.get(pk) ?? 0) + writes;
    this.counts.set(pk, count);
    this.total += writes;
    if (count > this.peak.writes) this.peak = { writes: count, key: pk, second };
  }
}

class IndexedWriteCounter {
  private readonly last: Int32Array;
  private readonly counts: Uint16Array;
  peak: Peak = { writes: 0, key: '', second: 0 };

  constructor(
    size: number,
    private readonly keyOf: (index: number) => string,
  ) {
    this.last = new Int32Array(size).fill(-1);
    this.counts = new Uint16Array(size);
  }

  add(second: number, index: number, writes = 1): void {
    if (this.last[index] !== second) {
      this.last[index] = second;
      this.counts[index] = 0;
    }
    const count = (this.counts[index] ?? 0) + writes;
    this.counts[index] = count;
    if (count > this.peak.writes) this.peak = { writes: count, key: this.keyOf(index), second };
  }
}

/** The tally's repository over an in-memory table: the same conditions as DynamoDB, all-or-nothing per chunk. */
function simulatedTallies(marks: Uint8Array, writes: WriteCounter, voteWrites: IndexedWriteCounter, clock: { second: number }) {
  const COUNTED = 1;
  const VOIDED = 2;
  const VOID_COUNTED = 4;
  const totals = new Map<string, { accepted: number; voided: number }>();
  const minutes = new Map<string, number>();
  let transactions = 0;
  let cancelled = 0;
  let flags = 0;
  const bucketId = (b: { campaign: string; round: string; candidate: string; minute: string }) => `${b.campaign}#${b.round}#${b.candidate}#${b.minute}`;
  const repository = {
    async commit(chunk: TallyChunk): Promise<CommitResult> {
      transactions += 1;
      const failed = chunk.votes.filter((vote) => {
        const mark = marks[indexOfVotePk(vote.key.pk)] ?? 0;
        return vote.kind === 'accepted' ? (mark & COUNTED) !== 0 : (mark & VOIDED) === 0 || (mark & VOID_COUNTED) !== 0;
      });
      if (failed.length > 0) {
        cancelled += 1;
        return { outcome: 'already-counted', votePks: failed.map((vote) => vote.key.pk) };
      }
      for (const vote of chunk.votes) {
        const index = indexOfVotePk(vote.key.pk);
        marks[index] = (marks[index] ?? 0) | (vote.kind === 'accepted' ? COUNTED : VOID_COUNTED);
        voteWrites.add(clock.second, index);
      }
      for (const total of chunk.totals) {
        const key = tallyKey(total.campaign, total.round, total.candidate, total.shard);
        const item = totals.get(`${key.pk}|${key.sk}`) ?? { accepted: 0, voided: 0 };
        item.accepted += total.accepted;
        item.voided += total.voided;
        totals.set(`${key.pk}|${key.sk}`, item);
        writes.add(clock.second, key.pk);
      }
      for (const rate of chunk.rates) {
        writes.add(clock.second, flagRateKey(rate.campaign, rate.round, rate.candidate, rate.minute).pk);
        minutes.set(bucketId(rate), (minutes.get(bucketId(rate)) ?? 0) + rate.accepted);
      }
      return { outcome: 'committed' };
    },
    async minuteCounts(buckets: { campaign: string; round: string; candidate: string; minute: string }[]) {
      return new Map(buckets.map((b) => [bucketId(b), minutes.get(bucketId(b)) ?? 0]));
    },
    async flag(campaign: string, flag: { round: string; candidate: string }) {
      flags += 1;
      writes.add(clock.second, voteFlagKey(campaign, flag.round, flag.candidate).pk);
    },
  };
  return {
    repository: repository as unknown as TalliesRepository,
    totals,
    stats: () => ({ transactions, cancelled, flags }),
    markVoided: (index: number) => {
      marks[index] = (marks[index] ?? 0) | VOIDED;
    },
  };
}

export async function benchVoteScale(options: VoteScaleOptions = {}): Promise<Row[]> {
  const {
    votesPerSecond = 20_000,
    seconds = 600,
    streamShards = 40,
    candidates = 20,
    participants = 2_000_000,
    voidShare = 0.0005,
    replayShare = 0.02,
    flagVotesPerMinute = 600,
    seed = 20260501,
  } = options;
  const started = performance.now();
  const random = generator(seed);
  const totalVotes = votesPerSecond * seconds;
  const marks = new Uint8Array(totalVotes);
  const writes = new WriteCounter();
  const voteWrites = new IndexedWriteCounter(totalVotes, (index) => voteKey(receiptOf(index)).pk);
  const participantWrites = new IndexedWriteCounter(participants, (index) => quotaPartition(phoneHashOf(index)));
  const clock = { second: 0 };
  const sim = simulatedTallies(marks, writes, voteWrites, clock);

  // One candidate takes 40 %, the rest share 60 % with falling popularity (1/k).
  const candidateIds = Array.from({ length: candidates }, (_, i) => `contestants-${i + 1}`);
  const weights = candidateIds.map((_, i) => (i === 0 ? 0.4 : (0.6 * (1 / i)) / candidateIds.slice(1).reduce((s, _c, j) => s + 1 / (j + 1), 0)));
  const cumulative = weights.map((_, i) => weights.slice(0, i + 1).reduce((a, b) => a + b, 0));
  const pickCandidate = () => {
    const r = random();
    const i = cumulative.findIndex((c) => r < c);
    return candidateIds[i === -1 ? candidates - 1 : i] as string;
  };

  const shardBuffers: VoteChange[][] = Array.from({ length: streamShards }, () => []);
  const voidsDue = new Map<number, VoteChange[]>();
  let pendingReplay: VoteChange[] | undefined;
  let accepted = 0;
  let voided = 0;
  let batches = 0;
  let replays = 0;
  const deps = { tallies: sim.repository, flagThreshold: async () => flagVotesPerMinute, now: () => new Date(START_MS + clock.second * 1000), random };

  async function deliver(changes: VoteChange[]): Promise<void> {
    batches += 1;
    await tallyChanges(changes, deps);
    // The event source delivers some batches again: as they were, or merged into the next one.
    const r = random();
    if (r < replayShare / 2) {
      replays += 1;
      await tallyChanges(changes, deps);
    } else if (r < replayShare) {
      replays += 1;
      pendingReplay = [...(pendingReplay ?? []), ...changes];
    }
  }

  for (let second = 0; second <= seconds + 61; second += 1) {
    // Votes cast in this second: each one conditional put plus its quota counters (a transaction).
    if (second < seconds) {
      let castAt = new Date(START_MS + second * 1000).toISOString();
      const day = castAt.slice(0, 10);
      // The sort keys the votes work writes per vote; their partition key is the participant's.
      const quotaItems = [dayQuotaSortKey(CAMPAIGN, ROUND, day), candidateDayQuotaSortKey(CAMPAIGN, ROUND, day, '…'), roundQuotaSortKey(CAMPAIGN, ROUND)];
      for (let n = 0; n < votesPerSecond; n += 1) {
        const index = second * votesPerSecond + n;
        const candidate = pickCandidate();
        if (n % 20 === 0) castAt = new Date(START_MS + second * 1000 + Math.floor((n * 1000) / votesPerSecond)).toISOString();
        const key = voteKey(receiptOf(index));
        const participant = Math.floor(random() * participants);
        voteWrites.add(second, index);
        // Quota counters: the day, candidate-day and round items, all under the participant's key.
        participantWrites.add(second, participant, quotaItems.length);
        const change: VoteChange = { kind: 'accepted', key, campaign: CAMPAIGN, round: ROUND, candidate, castAt };
        (shardBuffers[index % streamShards] as VoteChange[]).push(change);
        accepted += 1;
        if (random() < voidShare) {
          const due = second + 60;
          voidsDue.set(due, [...(voidsDue.get(due) ?? []), { ...change, kind: 'voided' }]);
        }
      }
    }
    // Voids an editor makes this second: one conditional update each, then a MODIFY on the stream.
    for (const change of voidsDue.get(second) ?? []) {
      const index = indexOfVotePk(change.key.pk);
      sim.markVoided(index);
      voteWrites.add(second, index);
      (shardBuffers[index % streamShards] as VoteChange[]).push(change);
      voided += 1;
    }
    voidsDue.delete(second);

    // The batching window closes: each shard's records go to the tally in batches of ≤ 1,000,
    // counted in the next second.
    clock.second = second + 1;
    for (let s = 0; s < streamShards; s += 1) {
      const buffer = shardBuffers[s] as VoteChange[];
      shardBuffers[s] = [];
      for (let i = 0; i < buffer.length; i += BATCH_SIZE) await deliver(buffer.slice(i, i + BATCH_SIZE));
      if (pendingReplay) {
        const replay = pendingReplay;
        pendingReplay = undefined;
        await tallyChanges(replay, deps);
      }
    }
  }

  let sumAccepted = 0;
  let sumVoided = 0;
  for (const item of sim.totals.values()) {
    sumAccepted += item.accepted;
    sumVoided += item.voided;
  }
  const exact = sumAccepted === accepted && sumVoided === voided;
  const peaks = [writes.peak, voteWrites.peak, participantWrites.peak].sort((a, b) => b.writes - a.writes);
  const peak = peaks[0] as Peak;
  const peakWrites = peak.writes;
  // Hashes in keys are cut: the figure names the kind of key, not a participant.
  const peakKey = peak.key.replace(/[0-9a-f]{32,}/, '…');
  const { transactions, cancelled, flags } = sim.stats();
  const elapsed = (performance.now() - started) / 1000;
  if (!exact) throw new Error(`Simulated totals are not exact: accepted ${sumAccepted}/${accepted}, voided ${sumVoided}/${voided}`);

  return [
    {
      figure: `vote tally at ${votesPerSecond.toLocaleString('en')} votes/s for ${seconds} s (simulated) — peak writes/s on one partition key`,
      value: `${peakWrites}/s (${peakWrites * 2} WCU/s) on ${peakKey}`,
      goal: '< 1,000/s',
      note: `${streamShards} stream shards, 1 s windows, batches ≤ ${BATCH_SIZE}, flag at ${flagVotesPerMinute}/min; ${transactions.toLocaleString('en')} transactions (${cancelled} cancelled by replays), ${flags} flag writes; transactional writes cost 2 WCU`,
    },
    {
      figure: 'vote tally totals (simulated) — accepted / voided counted',
      value: `${sumAccepted.toLocaleString('en')} / ${sumVoided.toLocaleString('en')} of ${accepted.toLocaleString('en')} / ${voided.toLocaleString('en')}: ${exact ? 'exact' : 'WRONG'}`,
      goal: 'exact, ≥ 1,000,000 votes',
      note: `${batches.toLocaleString('en')} batches, ${replays} delivered again (as is or re-split); ran in ${elapsed.toFixed(0)} s`,
    },
  ];
}

if (import.meta.main) {
  const { printTable } = await import('./lib/stats.ts');
  const seconds = Number(process.env.VOTE_SCALE_SECONDS ?? 600);
  printTable(await benchVoteScale({ seconds }));
}
