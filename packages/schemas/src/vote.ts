import * as z from 'zod/mini';
import type { CampaignRules, VotingRound } from './campaign.ts';
import { candidateId, roundId } from './ids.ts';

const required = (label: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `请填写${label}` : `${label}格式不正确`;

/** POST /v1/votes: one vote for one candidate of one round. Extra fields are refused. */
export const voteRequestSchema = z.strictObject({
  campaign: z.pipe(
    z.string({ error: required('活动') }),
    z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '活动编号无效' }), z.maxLength(80, { error: '活动编号无效' })),
  ),
  // The same ids the rules snapshot accepts, so any id that can name a round or candidate passes here.
  round: z.pipe(z.string({ error: required('投票轮次') }), roundId),
  candidate: z.pipe(z.string({ error: required('候选人') }), candidateId),
});
export type VoteRequest = z.infer<typeof voteRequestSchema>;

/** What the API answers for a vote: a receipt to look it up by, never who cast it. */
export const voteResponseSchema = z.strictObject({
  vote: z.strictObject({
    receipt: z.string(),
    campaign: z.string(),
    round: z.string(),
    candidate: z.string(),
    castAt: z.string(),
    counted: z.boolean(),
    voided: z.optional(z.boolean()),
    voidReason: z.optional(z.string()),
  }),
});
export type VoteResponse = z.infer<typeof voteResponseSchema>;

/** A vote receipt: 32 lower-case hex characters (128 bits of a keyed hash). */
export const VOTE_RECEIPT_PATTERN = /^[0-9a-f]{32}$/;

/**
 * The `Idempotency-Key` header a vote must carry: 8–128 characters of `[A-Za-z0-9_-]`, so a UUID or a
 * random base64url string fits and nothing in it needs escaping.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The Asia/Shanghai calendar day (`YYYY-MM-DD`) of an instant. Fixed UTC+8 arithmetic rather than Intl:
 * China has kept UTC+8 without daylight saving since 1991, and the result must not depend on the ICU
 * data or time zone of the machine.
 */
export function shanghaiDay(now: Date): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant (epoch ms) the Asia/Shanghai day holding `now` ends, i.e. the next day's 00:00 in Shanghai. */
export function shanghaiDayEndMs(now: Date): number {
  const shifted = now.getTime() + SHANGHAI_OFFSET_MS;
  return Math.floor(shifted / DAY_MS) * DAY_MS + DAY_MS - SHANGHAI_OFFSET_MS;
}

/** The round of a campaign with this id, if voting is set up and has it. */
export function findRound(rules: Pick<CampaignRules, 'voting'>, id: string): VotingRound | undefined {
  return rules.voting?.rounds?.find((round) => round.id === id);
}

export type VotingState = { open: true } | { open: false; reason: 'DISABLED' | 'NOT_STARTED' | 'ENDED' };

/** Whether a campaign takes votes at all (voting set up and enabled). */
export function votingEnabled(rules: Pick<CampaignRules, 'voting'>): boolean {
  return rules.voting?.enabled === true;
}

/** Whether a round takes votes at `now`: from `opensAt` (inclusive) until `closesAt` (exclusive), as rounds may follow one another exactly. */
export function roundWindow(round: Pick<VotingRound, 'opensAt' | 'closesAt'>, now: Date): VotingState {
  const t = now.getTime();
  if (t < Date.parse(round.opensAt)) return { open: false, reason: 'NOT_STARTED' };
  if (t >= Date.parse(round.closesAt)) return { open: false, reason: 'ENDED' };
  return { open: true };
}

/** The message of 409 VOTING_NOT_OPEN for each reason votes are not taken. */
export const VOTING_NOT_OPEN_MESSAGES: Record<Extract<VotingState, { open: false }>['reason'], string> = {
  DISABLED: '本活动未开放投票',
  NOT_STARTED: '本轮投票尚未开始',
  ENDED: '本轮投票已结束',
};

export const VOTE_QUOTA_KINDS = ['perParticipantPerDay', 'perCandidatePerDay', 'perParticipantPerRound'] as const;
export type VoteQuotaKind = (typeof VOTE_QUOTA_KINDS)[number];

/** One quota a vote must stay within, with the instant (epoch ms) after which its counter means nothing. */
export interface VoteQuota {
  kind: VoteQuotaKind;
  limit: number;
  /** End of the Shanghai day for the daily quotas, the round's close for the round quota. */
  endsAtMs: number;
}

/** The quotas of the campaign's rules that apply to a vote in `round` at `now`, in a fixed order. */
export function voteQuotas(rules: Pick<CampaignRules, 'voting'>, round: Pick<VotingRound, 'closesAt'>, now: Date): VoteQuota[] {
  const voting = rules.voting;
  if (!voting) return [];
  const dayEnd = shanghaiDayEndMs(now);
  const ends: Record<VoteQuotaKind, number> = {
    perParticipantPerDay: dayEnd,
    perCandidatePerDay: dayEnd,
    perParticipantPerRound: Date.parse(round.closesAt),
  };
  return VOTE_QUOTA_KINDS.flatMap((kind) => {
    const limit = voting[kind];
    return limit == null ? [] : [{ kind, limit, endsAtMs: ends[kind] }];
  });
}

/**
 * The message of 409 VOTE_QUOTA_EXCEEDED naming the quota that refused the vote; in a round of every
 * published model worker a vote is a like (点赞), and the message says so.
 */
export function voteQuotaMessage(kind: VoteQuotaKind, limit: number, round?: Pick<VotingRound, 'candidateSource'>): string {
  if (round?.candidateSource === 'all-model-workers') {
    switch (kind) {
      case 'perParticipantPerDay':
        return `今日点赞次数已用完（每天 ${limit} 次），请明天再来`;
      case 'perCandidatePerDay':
        return limit === 1 ? '今天已为这位劳模点过赞，请明天再来' : `今天已为这位劳模点满 ${limit} 次赞，请明天再来`;
      case 'perParticipantPerRound':
        return `本轮点赞次数已用完（每轮 ${limit} 次）`;
    }
  }
  switch (kind) {
    case 'perParticipantPerDay':
      return `今日投票次数已用完（每天 ${limit} 票），请明天再来`;
    case 'perCandidatePerDay':
      return limit === 1 ? '今天已为该选手投过票，请明天再来' : `今天已为该选手投满 ${limit} 票，请明天再来`;
    case 'perParticipantPerRound':
      return `本轮投票次数已用完（每轮 ${limit} 票）`;
  }
}

/**
 * Vote request limits, against floods rather than ballot stuffing (the quotas stop that). Per participant
 * first: 60 requests a minute is one a second on average, more than anyone tapping a vote button or a
 * page retrying sends, yet lets a burst of retries through; 300 an hour caps a script. Per client address
 * only far higher: a whole factory behind one NAT votes from one address, so 3,000 an hour only stops a
 * single machine cycling through many verified phones.
 */
export const VOTE_RATE_LIMITS = {
  perParticipantPerMinute: { windowSeconds: 60, max: 60 },
  perParticipantPerHour: { windowSeconds: 60 * 60, max: 300 },
  perClientPerHour: { windowSeconds: 60 * 60, max: 3_000 },
} as const;
