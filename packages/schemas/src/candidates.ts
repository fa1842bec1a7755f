import type { VotingRound } from './campaign.ts';

/** The CMS collections a voting candidate may come from. */
export const CANDIDATE_COLLECTIONS = ['contestants', 'model-workers'] as const;
export type CandidateCollection = (typeof CANDIDATE_COLLECTIONS)[number];

/** The id the API and the sites know a candidate by: `<collection>-<id>`, e.g. `contestants-12`. */
export function candidateIdOf(collection: CandidateCollection, id: number | string): string {
  return `${collection}-${id}`;
}

export type VotingRoundState = 'upcoming' | 'open' | 'closed';

/** Where a voting round stands at `now`: votes are taken from opensAt up to (not including) closesAt. */
export function votingRoundState(round: Pick<VotingRound, 'opensAt' | 'closesAt'>, now: Date = new Date()): VotingRoundState {
  const t = now.getTime();
  if (t < Date.parse(round.opensAt)) return 'upcoming';
  if (t >= Date.parse(round.closesAt)) return 'closed';
  return 'open';
}

/** The round taking votes at `now` (the first, if editors let two overlap), or null. */
export function openVotingRound<R extends Pick<VotingRound, 'opensAt' | 'closesAt'>>(rounds: readonly R[], now: Date = new Date()): R | null {
  return rounds.find((round) => votingRoundState(round, now) === 'open') ?? null;
}
