import * as z from 'zod/mini';

/** A candidate's standing in a round's results. */
export interface RankedCandidate {
  id: string;
  name: string;
  /** Votes that count: accepted minus voided. */
  votes: number;
  voided: number;
  /** Standard competition rank ("1224"): ties share a rank, and the next rank skips past them. */
  rank: number;
}

/**
 * Ranks a round's candidates by votes, highest first. Ties share a rank and keep the order the rules
 * list them in, so equal candidates never swap places between two reads.
 */
export function rankCandidates(candidates: readonly Omit<RankedCandidate, 'rank'>[]): RankedCandidate[] {
  const ordered = candidates.map((c, index) => ({ c, index })).sort((a, b) => b.c.votes - a.c.votes || a.index - b.index);
  const ranked: RankedCandidate[] = [];
  ordered.forEach(({ c }, position) => {
    const previous = ranked[position - 1];
    ranked.push({ ...c, rank: previous && previous.votes === c.votes ? previous.rank : position + 1 });
  });
  return ranked;
}

/**
 * Whether accepted votes counted in one minute exceed the campaign's flag threshold (null: flagging is
 * off). Strictly above, so a threshold of 600 lets exactly 600 votes a minute through unflagged.
 */
export function exceedsFlagRate(votesInMinute: number, flagVotesPerMinute: number | null | undefined): boolean {
  return flagVotesPerMinute != null && votesInMinute > flagVotesPerMinute;
}

/** Body of POST /v1/internal/votes/{receipt}/void: why an editor voids a vote, and who they are. */
export const voteVoidRequestSchema = z.strictObject({
  reason: z.string().check(z.trim(), z.minLength(1, { error: '请填写作废原因' }), z.maxLength(200, { error: '作废原因不能超过 200 个字' })),
  by: z.string().check(z.trim(), z.minLength(1, { error: '请填写操作人' }), z.maxLength(100, { error: '操作人不能超过 100 个字' })),
});
export type VoteVoidRequest = z.infer<typeof voteVoidRequestSchema>;
