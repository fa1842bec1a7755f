import * as z from 'zod/mini';
import { candidateId, roundId } from './ids.ts';
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

// Ids the API uses in paths and keys live in ids.ts (re-exported here for the rules' users).
export { candidateId, roundId } from './ids.ts';

/**
 * Where a round's candidates come from: the people an editor picked, or every published model worker
 * (likes, 点赞, on the 劳模风采 microsite). Either way the snapshot lists them, and votes are checked against that list.
 */
export const CANDIDATE_SOURCES = ['selected', 'all-model-workers'] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

/** Chinese labels of the candidate sources, as editors see them. */
export const CANDIDATE_SOURCE_LABELS: Record<CandidateSource, string> = {
  selected: '指定候选人',
  'all-model-workers': '全部已发布劳模',
};

/** Most rounds a campaign has. */
export const MAX_VOTING_ROUNDS = 20;
/** Most candidates in a round whose candidates an editor picks one by one. */
export const MAX_SELECTED_CANDIDATES = 500;
/** Most candidates in a round of every published model worker: the 297 named in 2018 and years more to come. */
export const MAX_ALL_MODEL_WORKERS_CANDIDATES = 2_500;

/**
 * Largest rules snapshot, in bytes of compact UTF-8 JSON. The API keeps a snapshot in one DynamoDB item,
 * which cannot pass 400 KB (409,600 bytes) of attribute names and values; JSON spends more bytes than
 * DynamoDB on the same data (quotes, colons, commas), so 380,000 bytes of JSON leave room for the
 * item's keys, revision and timestamps. For scale: a candidate `{"id":"model-workers-12345","name":"…"},`
 * is 39 bytes plus its name (3 bytes a Chinese character, at most 32 characters in the CMS), so
 * 2,500 model workers with the longest names take about 338 KB, and with three-character names 120 KB.
 */
export const MAX_RULES_SNAPSHOT_BYTES = 380_000;

/**
 * Largest body PUT /v1/internal/campaigns/{slug} reads (every other route takes MAX_BODY_BYTES): above
 * MAX_RULES_SNAPSHOT_BYTES, so an oversized snapshot is refused with its reason (422), not a bare 413.
 */
export const MAX_RULES_BODY_BYTES = 512 * 1024;

export const TOO_MANY_SELECTED_CANDIDATES_MESSAGE = `每个投票轮次最多 ${MAX_SELECTED_CANDIDATES} 位候选人`;
export const TOO_MANY_MODEL_WORKERS_MESSAGE = `全部劳模参与的投票轮次最多 ${MAX_ALL_MODEL_WORKERS_CANDIDATES} 位劳模`;
export const NOT_A_MODEL_WORKER_MESSAGE = '全部劳模参与的投票轮次只能包含劳模';
export const RULES_TOO_LARGE_MESSAGE = '投票候选人过多，活动规则超出报名服务的保存上限，请减少候选人或投票轮次';

const candidateName = z.string().check(z.minLength(1), z.maxLength(60));

/** One voting round: its window and the candidates people may vote for in it. */
export const votingRoundSchema = z
  .strictObject({
    id: roundId,
    name: z.string().check(z.minLength(1), z.maxLength(60)),
    opensAt: isoDate,
    closesAt: isoDate,
    /** Absent in snapshots from before sources existed: those rounds were all picked by editors. */
    candidateSource: z.optional(z.enum(CANDIDATE_SOURCES)),
    candidates: z
      .array(z.strictObject({ id: candidateId, name: candidateName }))
      .check(z.maxLength(MAX_ALL_MODEL_WORKERS_CANDIDATES, { error: TOO_MANY_MODEL_WORKERS_MESSAGE })),
  })
  .check(
    z.superRefine((round, ctx) => {
      if (round.candidateSource === 'all-model-workers') {
        const stranger = round.candidates.findIndex((c) => !c.id.startsWith('model-workers-'));
        if (stranger >= 0) ctx.addIssue({ code: 'custom', path: ['candidates', stranger, 'id'], message: NOT_A_MODEL_WORKER_MESSAGE, input: round.candidates[stranger]?.id });
      } else if (round.candidates.length > MAX_SELECTED_CANDIDATES) {
        ctx.addIssue({ code: 'custom', path: ['candidates'], message: TOO_MANY_SELECTED_CANDIDATES_MESSAGE, input: round.candidates.length });
      }
    }),
  );
export type VotingRound = z.infer<typeof votingRoundSchema>;

/** Size of a value as compact UTF-8 JSON, as the CMS sends it and the API measures it. */
function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}

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
    /**
     * People who may wait for a place once the capacity is taken: null or absent means no limit, 0 means no
     * waitlist (a full campaign refuses). Only meaningful with a capacity.
     */
    waitlistCapacity: z.optional(
      z.nullable(z.int({ error: '候补名额必须为非负整数' }).check(z.gte(0, { error: '候补名额必须为非负整数' }))),
    ),
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
      rounds: z.optional(z.array(votingRoundSchema).check(z.maxLength(MAX_VOTING_ROUNDS, { error: `最多 ${MAX_VOTING_ROUNDS} 个投票轮次` }))),
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
    // Only the rounds' candidates can make a snapshot this large; everything else is a few hundred bytes.
    const bytes = jsonBytes(rules);
    if (bytes > MAX_RULES_SNAPSHOT_BYTES) ctx.addIssue({ code: 'custom', path: ['voting', 'rounds'], message: RULES_TOO_LARGE_MESSAGE, input: bytes });
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

/** How many people may wait for a place once the capacity is taken; null when the waitlist is unlimited. */
export function waitlistCapacity(rules: Pick<CampaignRules, 'registration'>): number | null {
  return rules.registration.waitlistCapacity ?? null;
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

/** PUT /v1/internal/campaigns/{slug}: the snapshot as stored. */
export const campaignRulesSavedResponseSchema = z.strictObject({ campaign: campaignRulesSchema });
