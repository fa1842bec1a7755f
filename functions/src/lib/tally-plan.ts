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

/** The UTC minute of an ISO instant, `YYYY-MM-DDTHH:MM`. */
export function minuteOf(iso: string): string {
  // Already UTC (`…Z`, as the API writes castAt): skip the parse, the simulation calls this per vote.
  if (iso.length >= 17 && iso.endsWith('Z')) return iso.slice(0, 16);
  return new Date(iso).toISOString().slice(0, 16);
}

const candidateId = (c: VoteChange) => `${c.campaign}\u0000${c.round}\u0000${c.candidate}`;

/**
 * Splits a batch of changes into transactions of at most `maxItems` items: one mark per vote plus one
 * total per candidate and one minute count per candidate and minute. A vote appears at most once per
 * chunk (a transaction may not touch an item twice, and a batch can hold both a vote's insert and its
 * void); an exact duplicate of a change already planned (a record delivered twice in one batch) is
 * dropped. Order is kept, so a vote is always counted before its void.
 */
export function planTally(changes: Iterable<VoteChange>, { pickShard, maxItems = MAX_TRANSACTION_ITEMS }: PlanOptions): TallyChunk[] {
  const chunks: TallyChunk[] = [];
  const planned = new Set<string>();
  let votes: VoteChange[] = [];
  let voteKeys = new Set<string>();
  let totals = new Map<string, TotalDelta>();
  let rates = new Map<string, RateDelta>();

  const close = () => {
    if (votes.length > 0) chunks.push({ votes, totals: [...totals.values()], rates: [...rates.values()] });
    votes = [];
    voteKeys = new Set();
    totals = new Map();
    rates = new Map();
  };

  for (const change of changes) {
    const voteId = `${change.key.pk}\u0000${change.key.sk}`;
    const changeId = `${change.kind}\u0000${voteId}`;
    if (planned.has(changeId)) continue;
    planned.add(changeId);

    const totalId = candidateId(change);
    const minute = change.kind === 'accepted' ? minuteOf(change.castAt) : undefined;
    const rateId = minute === undefined ? undefined : `${totalId}\u0000${minute}`;
    const fits = () =>
      1 + (totals.has(totalId) ? 0 : 1) + (rateId === undefined || rates.has(rateId) ? 0 : 1) + votes.length + totals.size + rates.size <= maxItems;
    if (voteKeys.has(voteId) || !fits()) close();

    votes.push(change);
    voteKeys.add(voteId);
    let total = totals.get(totalId);
    if (!total) {
      total = { campaign: change.campaign, round: change.round, candidate: change.candidate, shard: pickShard(), accepted: 0, voided: 0 };
      totals.set(totalId, total);
    }
    total[change.kind] += 1;
    if (rateId !== undefined && minute !== undefined) {
      let rate = rates.get(rateId);
      if (!rate) {
        rate = { campaign: change.campaign, round: change.round, candidate: change.candidate, minute, accepted: 0 };
        rates.set(rateId, rate);
      }
      rate.accepted += 1;
    }
  }
  close();
  return chunks;
}
