// Which voting round takes the 点赞 on profiles. Likes are votes of the participation core: the
// 劳模风采 campaign's round whose candidates are every published model worker (`all-model-workers`).
// Decided at build time; the CMS rebuilds the site when the campaign changes, and the island
// checks the close itself, so a page built before a round closes stops offering the button.

import { candidateIdOf, roundWindow } from '@union/schemas';
import type { Campaign } from '@union/content';

/** The round profiles take likes in. */
export interface LikeRound {
  /** The campaign's slug, as the API names it. */
  campaign: string;
  round: string;
  name: string;
  opensAt: string;
  closesAt: string;
}

/**
 * The like round open at `now`: of the published campaigns of kind `model-workers` with voting on,
 * the rounds taking every published model worker whose window holds `now`; the latest campaign's
 * (by start), and within it the latest opened round. Null when there is none: profiles then show no button.
 */
export function likeRound(campaigns: readonly Campaign[], now: Date): LikeRound | null {
  const open = campaigns
    .filter((campaign) => campaign.kind === 'model-workers' && campaign.voting?.enabled)
    .flatMap((campaign) =>
      (campaign.voting?.rounds ?? [])
        .filter((round) => round.candidateSource === 'all-model-workers' && roundWindow(round, now).open)
        .map((round) => ({ campaign, round })),
    )
    .sort(
      (a, b) =>
        Date.parse(b.campaign.startsAt) - Date.parse(a.campaign.startsAt) || Date.parse(b.round.opensAt) - Date.parse(a.round.opensAt),
    );
  const latest = open[0];
  return latest
    ? { campaign: latest.campaign.slug, round: latest.round.id, name: latest.round.name, opensAt: latest.round.opensAt, closesAt: latest.round.closesAt }
    : null;
}

/** A model worker's candidate id in a like round: `model-workers-<id>`. */
export function likeCandidate(workerId: number | string): string {
  return candidateIdOf('model-workers', workerId);
}
