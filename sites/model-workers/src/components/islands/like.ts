// The 点赞 island's rules, apart from its rendering so they run in a test. A like is a vote of
// the participation core (POST /v1/votes) for the candidate `model-workers-<id>`; its count is the
// cached read of that one candidate's results (not the whole round of thousands), so a new like
// shows once the API's results cache has turned over (5 s).

// What every profile view runs (the count) stays off zod: the schema checks of the send path
// (vote.ts, and PhoneVerification with its input checks) weigh about 9 KB gzip, so they load only
// once someone taps 点赞. The page's JS stays within its 30 KB budget for the many who only read.
import { callApi, NETWORK_ERROR } from '@union/ui/islands/session.ts';
import type { VoteOutcome } from '@union/ui/islands/vote.ts';
import { candidateResultUrl } from '@union/ui/islands/vote-urls.ts';

/** What a like is for: the campaign's slug, the round, and the worker as a candidate. */
export interface LikeTarget {
  campaign: string;
  round: string;
  candidate: string;
}

/** The API caches results for 5 s; asking again a little later shows a like just counted. */
export const AFTER_CACHE_MS = 6_000;
/** How often an open profile refreshes its count while visible. */
export const REFRESH_MS = 30_000;

/**
 * The worker's like count from the cached read of their own results; null when it cannot be read
 * (no answer, or the round no longer lists them: the page was built before they were unpublished).
 */
export async function readLikes(apiBase: string, target: LikeTarget): Promise<number | null> {
  const answer = await callApi(candidateResultUrl(apiBase, target.campaign, target.round, target.candidate));
  return answer.ok && answer.status === 200 ? likeCount(answer.body, target) : null;
}

/**
 * The count in an answer of that read, or null when the body is not one for this worker. Only the
 * fields the island shows are checked (the functions' tests check the API's answers against the
 * whole `candidateResultResponseSchema`).
 */
export function likeCount(body: unknown, target: LikeTarget): number | null {
  const result = (body as { result?: { candidate?: unknown; votes?: unknown } } | null)?.result;
  return result?.candidate === target.candidate && Number.isSafeInteger(result.votes) && (result.votes as number) >= 0 ? (result.votes as number) : null;
}

/** Sends likes, one Idempotency-Key per like until its outcome is known. */
export interface LikeSender {
  /** POST /v1/votes; an outcome left unknown (no answer, a fault) keeps the key, so tapping again counts the like once. */
  send(apiBase: string, token: string, target: LikeTarget, wait?: (ms: number) => Promise<void>): Promise<VoteOutcome>;
  /** The key the next send reuses, if the last outcome was unknown. */
  readonly pendingKey: string | null;
}

/** The send path, loaded on the first tap (see the top of this file). */
const loadVoteClient = () => import('@union/ui/islands/vote.ts');

export function createLikeSender(
  newKey: () => string = () => crypto.randomUUID(),
  loadClient: () => Promise<Pick<typeof import('@union/ui/islands/vote.ts'), 'castVote'>> = loadVoteClient,
): LikeSender {
  let pending: string | null = null;
  return {
    async send(apiBase, token, target, wait) {
      pending ??= newKey();
      let castVote;
      try {
        ({ castVote } = await loadClient());
      } catch {
        // The code did not arrive (the network dropped): nothing was sent, so tapping again is safe.
        return { kind: 'unknown', message: NETWORK_ERROR };
      }
      const outcome = await castVote(apiBase, token, target, pending, wait);
      if (outcome.kind !== 'unknown') pending = null;
      return outcome;
    },
    get pendingKey() {
      return pending;
    },
  };
}

/** The count as people read it: 12 个赞, or a dash while it is unknown. */
export function likeCountText(count: number | null): string {
  return count === null ? '— 个赞' : `${count} 个赞`;
}
