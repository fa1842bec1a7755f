import { API_ERRORS, resultsResponseSchema, voteResponseSchema } from '@union/schemas';
import { callApi, errorMessage, NETWORK_ERROR, type ApiAnswer } from './participant.ts';
import { votesUrl } from './vote-urls.ts';

export { candidateResultUrl, resultsUrl, votesUrl, voteUrl } from './vote-urls.ts';

/** What the island shows of a vote: its receipt and whether the tally has counted it. */
export interface VoteReceipt {
  receipt: string;
  candidate: string;
  counted: boolean;
  voided: boolean;
}

/** The vote in an answer of POST /v1/votes or GET /v1/votes/{receipt}, or null when the body is not one. */
export function parseVote(body: unknown): VoteReceipt | null {
  const parsed = voteResponseSchema.safeParse(body);
  if (!parsed.success) return null;
  const { receipt, candidate, counted, voided } = parsed.data.vote;
  return { receipt, candidate, counted, voided: voided === true };
}

/** A candidate's public count and the votes voided by moderation (shown beside it, so a drop is explained). */
export interface CandidateCount {
  votes: number;
  voided: number;
}

/** Each candidate's counts in an answer of GET /v1/results/{slug}/{round}, or null when the body is not one. */
export function parseResults(body: unknown): Map<string, CandidateCount> | null {
  const parsed = resultsResponseSchema.safeParse(body);
  return parsed.success ? new Map(parsed.data.results.candidates.map((c) => [c.id, { votes: c.votes, voided: c.voided }])) : null;
}

export type VoteOutcome =
  | { kind: 'accepted'; vote: VoteReceipt }
  /** The token is missing, expired or refused: verify the phone again. */
  | { kind: 'unverified'; message: string }
  /** No answer, or a server fault: the vote may or may not have been taken, so a retry must reuse the key. */
  | { kind: 'unknown'; message: string }
  | { kind: 'refused'; message: string; code: string | null };

/** Turns the API's answer to a vote into what the island does next. */
export function interpretVote(answer: ApiAnswer): VoteOutcome {
  if (!answer.ok) return { kind: 'unknown', message: NETWORK_ERROR };
  if (answer.status >= 500) return { kind: 'unknown', message: errorMessage(answer) };
  if (answer.status === 200 || answer.status === 201) {
    const vote = parseVote(answer.body);
    return vote ? { kind: 'accepted', vote } : { kind: 'unknown', message: API_ERRORS.INTERNAL.message };
  }
  if (answer.status === 401) return { kind: 'unverified', message: errorMessage(answer) };
  const code = (answer.body as { error?: { code?: unknown } } | null)?.error?.code;
  return { kind: 'refused', message: errorMessage(answer), code: typeof code === 'string' ? code : null };
}

export interface VoteRequest {
  campaign: string;
  round: string;
  candidate: string;
}

const RETRY_DELAYS_MS = [1_000, 3_000];

/**
 * POST /v1/votes. The Idempotency-Key belongs to this one attempt to vote and is sent again on
 * every retry, so a vote the API took before the answer was lost counts once, and the same
 * receipt comes back.
 */
export async function castVote(
  apiBase: string,
  token: string,
  request: VoteRequest,
  idempotencyKey: string,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<VoteOutcome> {
  const send = () =>
    callApi(votesUrl(apiBase), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': idempotencyKey },
      body: JSON.stringify(request),
    });
  let outcome = interpretVote(await send());
  for (const delay of RETRY_DELAYS_MS) {
    if (outcome.kind !== 'unknown') break;
    await wait(delay);
    outcome = interpretVote(await send());
  }
  return outcome;
}
