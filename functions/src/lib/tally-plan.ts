// The tally's chunking and aggregation, pure (no I/O, no clock, no randomness of its own), so the
// stream handler and the scale simulation in bench/vote-scale.ts run the very same code.

/** Most items one TransactWriteItems call takes. */
export const MAX_TRANSACTION_ITEMS = 100;

/** What a stream record means to the tally: a vote to add to its candidate's total, or a void to subtract. */
export interface VoteChange {
  kind: 'accepted' | 'voided';
  /** The vote item's key, as the stream record names it. */
  key: { pk: string; sk: string };
  campaign: string;
  round: string;
  candidate: string;
  /** When the vote was cast (ISO); accepted votes are counted into the minute they were cast in. */
  castAt: string;
}

/** Votes to add to (and voids to subtract from) one shard of one candidate's total. */
export interface TotalDelta {
  campaign: string;
  round: string;
  candidate: string;
  shard: number;
  accepted: number;
  voided: number;
}

/** Accepted votes to add to one candidate's count for one UTC minute (`YYYY-MM-DDTHH:MM`). */
export interface RateDelta {
  campaign: string;
  round: string;
  candidate: string;
  minute: string;
  accepted: number;
}

/**
 * One transaction's worth: each vote is marked counted (conditionally, which is what makes a replay
 * count nothing twice) in the same transaction that adds the aggregated deltas.
 */
export interface TallyChunk {
  votes: VoteChange[];
  totals: TotalDelta[];
  rates: RateDelta[];
}

export interface PlanOptions {
  /** Shard of a candidate's total this chunk adds to, in 0..TALLY_SHARDS-1 (random in the tally, to spread writes). */
  pickShard: () => number;
  maxItems?: number;
}

let lastIso = '';
let lastMinute = '';

/** The UTC minute of an ISO instant, `YYYY-MM-DDTHH:MM`. */
export function minuteOf(iso: string): string {
  // Consecutive votes share their castAt often at scale; remembering the last one saves allocations.
  if (iso === lastIso) return lastMinute;
  lastIso = iso;
  // Already UTC (`…Z`, as the API writes castAt): no parse needed.
  lastMinute = iso.length >= 17 && iso.endsWith('Z') ? iso.slice(0, 16) : new Date(iso).toISOString().slice(0, 16);
  return lastMinute;
}

/**
 * Splits a batch of changes into transactions of at most `maxItems` items: one mark per vote plus one
 * total per candidate and (with `rates`) one minute count per candidate and minute. A vote appears at
 * most once per chunk (a transaction may not touch an item twice, and a batch can hold both a vote's
 * insert and its void); an exact duplicate of a change already planned (a record delivered twice in
 * one batch) is dropped. Order is kept, so a vote is always counted before its void.
 */
export function planTally(
  changes: Iterable<VoteChange>,
  { pickShard, maxItems = MAX_TRANSACTION_ITEMS, rates: countRates = () => true }: PlanOptions & {
    /** Whether to count a campaign's votes per minute (only campaigns with an abuse threshold need it). */
    rates?: (campaign: string) => boolean;
  },
): TallyChunk[] {
  const chunks: TallyChunk[] = [];
  const plannedAccepted = new Set<string>();
  const plannedVoided = new Set<string>();
  let votes: VoteChange[] = [];
  let voteKeys = new Set<string>();
  // Totals by candidate id (then campaign and round, almost always one), each with its minute counts:
  // lookups without building a combined id per vote, which the simulation does twelve million times.
  let totals = new Map<string, { total: TotalDelta; rates: RateDelta[] }[]>();
  let totalCount = 0;
  let rateCount = 0;

  const close = () => {
    const chunk: TallyChunk = { votes, totals: [], rates: [] };
    for (const entries of totals.values()) {
      for (const entry of entries) {
        chunk.totals.push(entry.total);
        chunk.rates.push(...entry.rates);
      }
    }
    chunks.push(chunk);
    votes = [];
    voteKeys = new Set();
    totals = new Map();
    totalCount = 0;
    rateCount = 0;
  };

  for (const change of changes) {
    const voteId = `${change.key.pk}\u0000${change.key.sk}`;
    const planned = change.kind === 'accepted' ? plannedAccepted : plannedVoided;
    if (planned.has(voteId)) continue;
    planned.add(voteId);

    const minute = change.kind === 'accepted' && countRates(change.campaign) ? minuteOf(change.castAt) : undefined;
    let entries = totals.get(change.candidate);
    let entry = entries?.find((e) => e.total.campaign === change.campaign && e.total.round === change.round);
    let rate = minute === undefined ? undefined : entry?.rates.find((r) => r.minute === minute);
    const added = 1 + (entry ? 0 : 1) + (minute === undefined || rate ? 0 : 1);
    if (voteKeys.has(voteId) || votes.length + totalCount + rateCount + added > maxItems) {
      close();
      entries = undefined;
      entry = undefined;
      rate = undefined;
    }

    votes.push(change);
    voteKeys.add(voteId);
    if (!entry) {
      entry = {
        total: { campaign: change.campaign, round: change.round, candidate: change.candidate, shard: pickShard(), accepted: 0, voided: 0 },
        rates: [],
      };
      if (entries) entries.push(entry);
      else totals.set(change.candidate, [entry]);
      totalCount += 1;
    }
    entry.total[change.kind] += 1;
    if (minute !== undefined) {
      if (!rate) {
        rate = { campaign: change.campaign, round: change.round, candidate: change.candidate, minute, accepted: 0 };
        entry.rates.push(rate);
        rateCount += 1;
      }
      rate.accepted += 1;
    }
  }
  if (votes.length > 0) close();
  return chunks;
}
