import { describe, expect, it } from 'vitest';
import {
  describeRules,
  QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE,
  QUOTA_DAY_ABOVE_ROUND_MESSAGE,
  QUOTA_NONE_MESSAGE,
  quotaProblems,
  type VotingRules,
} from './rules.ts';

const voting = (overrides: Partial<VotingRules> = {}): VotingRules => ({
  enabled: true,
  requiresVerifiedParticipant: true,
  perParticipantPerDay: 10,
  perCandidatePerDay: 1,
  perParticipantPerRound: 50,
  ...overrides,
});

describe('quotaProblems', () => {
  it('accepts limits that nest: per candidate ≤ per day ≤ per round', () => {
    expect(quotaProblems(voting())).toEqual([]);
    expect(quotaProblems(voting({ perCandidatePerDay: null, perParticipantPerRound: null }))).toEqual([]);
  });

  it('refuses a per-candidate limit above the daily one, and a daily one above the round', () => {
    expect(quotaProblems(voting({ perCandidatePerDay: 11 }))).toEqual([{ field: 'perCandidatePerDay', message: QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE }]);
    expect(quotaProblems(voting({ perParticipantPerRound: 5 }))).toEqual([{ field: 'perParticipantPerDay', message: QUOTA_DAY_ABOVE_ROUND_MESSAGE }]);
  });

  it('refuses open voting without any limit, but not closed voting', () => {
    const none = { perParticipantPerDay: null, perCandidatePerDay: null, perParticipantPerRound: null };
    expect(quotaProblems(voting(none))).toEqual([{ field: 'perParticipantPerDay', message: QUOTA_NONE_MESSAGE }]);
    expect(quotaProblems(voting({ ...none, enabled: false }))).toEqual([]);
  });
});

describe('describeRules', () => {
  it('explains registration and voting rules in Chinese', () => {
    expect(describeRules({ registration: { enabled: true, capacity: 50, requiresVerifiedParticipant: true }, voting: voting() })).toEqual([
      '报名名额 50 人。',
      '额满后可登记候补，有人取消报名时按候补先后依次递补。',
      '报名前需通过短信验证码验证手机号。',
      '每个手机号限报名一次。',
      '每人每天最多投 10 票。',
      '每人每天最多给同一位选手投 1 票。',
      '每轮每人最多投 50 票。',
      '投票前需通过短信验证码验证手机号，每天以北京时间计算。',
      '每一票都有回执，可凭回执查询是否计入。',
    ]);
  });

  it('explains a limited waitlist, and no waitlist at all', () => {
    expect(describeRules({ registration: { enabled: true, capacity: 50, waitlistCapacity: 20 } })).toEqual([
      '报名名额 50 人。',
      '额满后可登记候补（限 20 人），有人取消报名时按候补先后依次递补。',
      '每个手机号限报名一次。',
    ]);
    expect(describeRules({ registration: { enabled: true, capacity: 50, waitlistCapacity: 0 } })).toEqual([
      '报名名额 50 人，额满为止。',
      '每个手机号限报名一次。',
    ]);
  });

  it('says nothing about closed registration or voting', () => {
    expect(describeRules({ registration: { enabled: false, capacity: 50 }, voting: voting({ enabled: false }) })).toEqual([]);
    expect(describeRules({ registration: { enabled: true }, voting: null })).toEqual(['每个手机号限报名一次。']);
  });
});
