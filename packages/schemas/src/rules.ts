/**
 * What a campaign's rules mean, for the API (which enforces them) and the sites (which explain them
 * to workers in the same words). Pure: no I/O, no clocks beyond the `now` passed in.
 */

/** Vote quotas of a campaign; null means "no limit of this kind". */
export interface VotingRules {
  enabled: boolean;
  /** Votes need a participant who verified their phone (always true for public votes; editors may relax it for tests). */
  requiresVerifiedParticipant: boolean;
  /** Votes one participant may cast per day (Asia/Shanghai), across all candidates of a round. */
  perParticipantPerDay: number | null;
  /** Votes one participant may give the same candidate per day. */
  perCandidatePerDay: number | null;
  /** Votes one participant may cast in a whole round. */
  perParticipantPerRound: number | null;
}

export interface RegistrationRulesForText {
  enabled: boolean;
  capacity?: number | null;
  requiresVerifiedParticipant?: boolean | null;
  /** null or absent: unlimited waitlist; 0: no waitlist. */
  waitlistCapacity?: number | null;
}

export const QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE = '同一选手每天的票数上限不能大于每人每天的票数上限';
export const QUOTA_DAY_ABOVE_ROUND_MESSAGE = '每人每天的票数上限不能大于每轮的票数上限';
export const QUOTA_NONE_MESSAGE = '开放投票时至少要设置一项票数上限，否则无法防止刷票';

/** A quota field with a problem, and the Chinese message for it. */
export interface QuotaProblem {
  field: keyof Pick<VotingRules, 'perParticipantPerDay' | 'perCandidatePerDay' | 'perParticipantPerRound'>;
  message: string;
}

/**
 * What is wrong with a set of vote quotas: a tighter limit above a looser one can never apply, and
 * open voting without any limit invites ballot stuffing.
 */
export function quotaProblems(voting: Omit<VotingRules, 'requiresVerifiedParticipant'>): QuotaProblem[] {
  if (!voting.enabled) return [];
  const { perParticipantPerDay: day, perCandidatePerDay: candidate, perParticipantPerRound: round } = voting;
  const problems: QuotaProblem[] = [];
  if (day == null && candidate == null && round == null) problems.push({ field: 'perParticipantPerDay', message: QUOTA_NONE_MESSAGE });
  if (candidate != null && day != null && candidate > day) problems.push({ field: 'perCandidatePerDay', message: QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE });
  if (day != null && round != null && day > round) problems.push({ field: 'perParticipantPerDay', message: QUOTA_DAY_ABOVE_ROUND_MESSAGE });
  return problems;
}

/** The rules of a campaign in plain Chinese, one sentence each, as the sites show them beside the form or the vote button. */
export function describeRules(rules: { registration: RegistrationRulesForText; voting?: VotingRules | null }): string[] {
  const lines: string[] = [];
  const { registration, voting } = rules;
  if (registration.enabled) {
    if (registration.capacity != null) {
      const waitlist = registration.waitlistCapacity;
      if (waitlist === 0) lines.push(`报名名额 ${registration.capacity} 人，额满为止。`);
      else {
        lines.push(`报名名额 ${registration.capacity} 人。`);
        lines.push(
          waitlist == null
            ? '额满后可登记候补，有人取消报名时按候补先后依次递补。'
            : `额满后可登记候补（限 ${waitlist} 人），有人取消报名时按候补先后依次递补。`,
        );
      }
    }
    if (registration.requiresVerifiedParticipant) lines.push('报名前需通过短信验证码验证手机号。');
    lines.push('每个手机号限报名一次。');
  }
  if (voting?.enabled) {
    if (voting.perParticipantPerDay != null) lines.push(`每人每天最多投 ${voting.perParticipantPerDay} 票。`);
    if (voting.perCandidatePerDay != null) lines.push(`每人每天最多给同一位选手投 ${voting.perCandidatePerDay} 票。`);
    if (voting.perParticipantPerRound != null) lines.push(`每轮每人最多投 ${voting.perParticipantPerRound} 票。`);
    if (voting.requiresVerifiedParticipant) lines.push('投票前需通过短信验证码验证手机号，每天以北京时间计算。');
    lines.push('每一票都有回执，可凭回执查询是否计入。');
  }
  return lines;
}
