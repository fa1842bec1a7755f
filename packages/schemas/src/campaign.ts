import * as z from 'zod/mini';
import { quotaProblems } from './rules.ts';

/** The four campaign kinds named in the federation's work report. */
export const CAMPAIGN_KINDS = ['model-workers', 'reading-month', 'singer-contest', 'ankang-cup'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Chinese labels of the campaign kinds, as shown to editors and the public. */
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  'model-workers': '劳模风采',
  'reading-month': '职工读书月',
  'singer-contest': '职工歌手大赛',
  'ankang-cup': '安康杯竞赛',
};

export type CampaignStatus = 'upcoming' | 'running' | 'ended';

/** Chinese labels of the campaign statuses. */
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, string> = {
  upcoming: '未开始',
  running: '进行中',
  ended: '已结束',
};

/** Where a campaign stands at `now`, from its start and end dates (end is inclusive of its whole instant). */
export function campaignStatus(
  dates: { startsAt: string | Date; endsAt?: string | Date | null },
  now: Date = new Date(),
): CampaignStatus {
  const t = now.getTime();
  if (t < new Date(dates.startsAt).getTime()) return 'upcoming';
  if (dates.endsAt != null && t > new Date(dates.endsAt).getTime()) return 'ended';
  return 'running';
}

/** A campaign slug: lower-case letters, digits and hyphens, as used in URLs and API paths. */
export const campaignSlug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80));

const isoDate = z.iso.datetime({ offset: true });
const quota = z.int({ error: '票数上限必须为正整数' }).check(z.positive({ error: '票数上限必须为正整数' }));

/** Ids the API uses in paths and keys: a round's id is the CMS array row's id, a candidate's `<collection>-<id>`. */
export const roundId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '轮次编号无效' }));
export const candidateId = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/, { error: '候选人编号无效' }));

/** One voting round: its window and the candidates people may vote for in it. */
export const votingRoundSchema = z.strictObject({
  id: roundId,
  name: z.string().check(z.minLength(1), z.maxLength(60)),
  opensAt: isoDate,
  closesAt: isoDate,
  candidates: z.array(z.strictObject({ id: candidateId, name: z.string().check(z.minLength(1), z.maxLength(60)) })).check(z.maxLength(500)),
});
export type VotingRound = z.infer<typeof votingRoundSchema>;

/**
 * The rules of a campaign as the participation API needs them. The CMS pushes this snapshot
 * when a campaign is published, so the API never depends on the CMS being up.
 */
export const campaignRulesSchema = z.strictObject({
  slug: campaignSlug,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(CAMPAIGN_KINDS),
  registration: z.strictObject({
    enabled: z.boolean(),
    opensAt: z.nullable(isoDate),
    closesAt: z.nullable(isoDate),
    /**
     * Most confirmed registrations the campaign takes; null or absent means unlimited. Optional so a
     * CMS that predates capacities still pushes valid snapshots.
     */
    capacity: z.optional(z.nullable(z.int({ error: '名额必须为正整数' }).check(z.positive({ error: '名额必须为正整数' })))),
    /** Registration needs a participant who verified their phone by SMS code (optional: older snapshots lack it). */
    requiresVerifiedParticipant: z.optional(z.boolean()),
  }),
  /** Vote quotas (see rules.ts); absent means the campaign takes no votes. */
  voting: z.optional(
    z.strictObject({
      enabled: z.boolean(),
      requiresVerifiedParticipant: z.boolean(),
      perParticipantPerDay: z.nullable(quota),
      perCandidatePerDay: z.nullable(quota),
      perParticipantPerRound: z.nullable(quota),
      /**
       * Accepted votes per minute above which a candidate is flagged for editors to review (a burst
       * that may be ballot stuffing); null or absent means no flagging.
       */
      flagVotesPerMinute: z.optional(z.nullable(z.int({ error: '刷票预警阈值必须为正整数' }).check(z.positive({ error: '刷票预警阈值必须为正整数' })))),
      /** The rounds votes are taken in (optional: snapshots from before rounds existed have none, and so take no votes). */
      rounds: z.optional(z.array(votingRoundSchema).check(z.maxLength(20))),
    }),
  ),
  /** Last change in the CMS; a snapshot older than the stored one is ignored. */
  updatedAt: isoDate,
}).check(
  z.superRefine((rules, ctx) => {
    if (!rules.voting) return;
    for (const problem of quotaProblems(rules.voting)) {
      ctx.addIssue({ code: 'custom', path: ['voting', problem.field], message: problem.message, input: rules.voting[problem.field] });
    }
    const seen = new Set<string>();
    (rules.voting.rounds ?? []).forEach((round, i) => {
      if (Date.parse(round.closesAt) <= Date.parse(round.opensAt)) {
        ctx.addIssue({ code: 'custom', path: ['voting', 'rounds', i, 'closesAt'], message: '投票结束时间必须晚于开始时间', input: round.closesAt });
      }
      if (seen.has(round.id)) ctx.addIssue({ code: 'custom', path: ['voting', 'rounds', i, 'id'], message: '轮次编号重复', input: round.id });
      seen.add(round.id);
      const candidates = new Set(round.candidates.map((c) => c.id));
      if (candidates.size !== round.candidates.length) {
        ctx.addIssue({ code: 'custom', path: ['voting', 'rounds', i, 'candidates'], message: '同一轮次的候选人不能重复', input: round.candidates });
      }
    });
  }),
);
export type CampaignRules = z.infer<typeof campaignRulesSchema>;

export type RegistrationWindowState =
  | { open: true }
  | { open: false; reason: 'DISABLED' | 'NOT_STARTED' | 'ENDED' };

/** The capacity of a campaign's registration, or null when it is unlimited. */
export function registrationCapacity(rules: Pick<CampaignRules, 'registration'>): number | null {
  return rules.registration.capacity ?? null;
}

/** The message of 409 CAPACITY_BELOW_REGISTRATIONS, naming the refused capacity and the places already taken. */
export function capacityBelowRegistrationsMessage(capacity: number, registered: number): string {
  return `名额（${capacity}）不能少于已报名人数（${registered}）`;
}

/** Whether a campaign takes registrations at `now`. */
export function registrationWindow(rules: Pick<CampaignRules, 'registration'>, now: Date = new Date()): RegistrationWindowState {
  const { enabled, opensAt, closesAt } = rules.registration;
  if (!enabled) return { open: false, reason: 'DISABLED' };
  if (opensAt && now.getTime() < Date.parse(opensAt)) return { open: false, reason: 'NOT_STARTED' };
  if (closesAt && now.getTime() > Date.parse(closesAt)) return { open: false, reason: 'ENDED' };
  return { open: true };
}
