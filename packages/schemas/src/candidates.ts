import type { VotingRound } from './campaign.ts';
import { roundWindow } from './vote.ts';

/** The CMS collections a voting candidate may come from. */
export const CANDIDATE_COLLECTIONS = ['contestants', 'model-workers'] as const;
export type CandidateCollection = (typeof CANDIDATE_COLLECTIONS)[number];

/** The id the API and the sites know a candidate by: `<collection>-<id>`, e.g. `contestants-12`. */
export function candidateIdOf(collection: CandidateCollection, id: number | string): string {
  return `${collection}-${id}`;
}

/** The round taking votes at `now` (the first, if editors let two overlap), or null; windows as the API reads them (roundWindow). */
export function openVotingRound<R extends Pick<VotingRound, 'opensAt' | 'closesAt'>>(rounds: readonly R[], now: Date = new Date()): R | null {
  return rounds.find((round) => roundWindow(round, now).open) ?? null;
}

/** The next round to open after `now`, or null. */
export function nextVotingRound<R extends Pick<VotingRound, 'opensAt' | 'closesAt'>>(rounds: readonly R[], now: Date = new Date()): R | null {
  const upcoming = rounds.filter((round) => Date.parse(round.opensAt) > now.getTime());
  return upcoming.sort((a, b) => Date.parse(a.opensAt) - Date.parse(b.opensAt))[0] ?? null;
}
