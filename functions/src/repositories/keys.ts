// Key builders shared by the repositories; the shapes are documented beside the table in lib/tables.ts.

export const campaignPartition = (slug: string): string => `CAMPAIGN#${slug}`;

/** Sort key of a campaign's rules snapshot. */
export const RULES_SORT_KEY = 'RULES';

/** Sort key of a campaign's registration counter (`confirmed`, later `waitlisted`). */
export const REGISTRATION_COUNT_SORT_KEY = 'COUNT#REGISTRATIONS';

/** Sort key of one phone's registration for a campaign. */
export const registrationSortKey = (phoneHash: string): string => `REG#${phoneHash}`;

export const rulesKey = (slug: string) => ({ pk: campaignPartition(slug), sk: RULES_SORT_KEY });
export const registrationCountKey = (slug: string) => ({ pk: campaignPartition(slug), sk: REGISTRATION_COUNT_SORT_KEY });

/** Partition of everything the one-time-code flow keeps about one phone. */
export const otpPhonePartition = (phoneHash: string): string => `OTP#${phoneHash}`;
/** Partition of the one-time-code send counters of one client address (keyed hash, like phones). */
export const otpClientPartition = (clientHash: string): string => `OTPCLIENT#${clientHash}`;

/** The phone's current code. */
export const otpChallengeKey = (phoneHash: string) => ({ pk: otpPhonePartition(phoneHash), sk: 'CHALLENGE' });
/** A send counter of the fixed window starting at `windowStart` (epoch seconds). */
export const otpRateSortKey = (windowSeconds: number, windowStart: number): string => `RATE#${windowSeconds}#${windowStart}`;

/** `gsi1pk` of everything that belongs to one participant (the `byParticipant` index, lib/tables.ts). */
export const participantIndexPartition = (phoneHash: string): string => `PARTICIPANT#${phoneHash}`;

/** A vote: its own partition, so no key takes more than one write per vote. */
export const voteKey = (receipt: string) => ({ pk: `VOTE#${receipt}`, sk: 'VOTE' });

/** Partition of one participant's vote quota counters (one participant votes a few times a second at most). */
export const quotaPartition = (phoneHash: string): string => `QUOTA#${phoneHash}`;
/** Votes a participant cast in a round on one Asia/Shanghai day (`YYYY-MM-DD`). */
export const dayQuotaSortKey = (campaign: string, round: string, day: string): string => `${campaign}#${round}#DAY#${day}`;
/** Votes a participant gave one candidate in a round on one day. */
export const candidateDayQuotaSortKey = (campaign: string, round: string, day: string, candidate: string): string =>
  `${campaign}#${round}#DAY#${day}#CAND#${candidate}`;
/** Votes a participant cast in a whole round. */
export const roundQuotaSortKey = (campaign: string, round: string): string => `${campaign}#${round}#ROUND`;

/** Number of counter items each candidate's total is spread over (see tally counters in lib/tables.ts). */
export const TALLY_SHARDS = 10;
/** Partition holding the TALLY_SHARDS counter items of one candidate's total in a round. */
export const tallyPartition = (campaign: string, round: string, candidate: string): string => `TALLY#${campaign}#${round}#${candidate}`;
/** One shard of a candidate's vote total in a round. */
export const tallyKey = (campaign: string, round: string, candidate: string, shard: number) => ({
  pk: tallyPartition(campaign, round, candidate),
  sk: `SHARD#${shard}`,
});

/**
 * Partition of one subject's request counters for one action: `subject` says whether `hash` is a
 * participant (phone hash, or the client hash standing in for an unverified voter) or a client address.
 */
export const rateLimitPartition = (action: string, subject: 'participant' | 'client', hash: string): string =>
  `RATE#${action}#${subject}#${hash}`;
/** A request counter of the fixed window starting at `windowStart` (epoch seconds). */
export const rateLimitSortKey = (windowSeconds: number, windowStart: number): string => `WINDOW#${windowSeconds}#${windowStart}`;

/**
 * Accepted votes a candidate got in one UTC minute (`minute` = `YYYY-MM-DDTHH:MM` of the votes' castAt),
 * counted by the tally for the abuse flag.
 */
export const flagRateKey = (campaign: string, round: string, candidate: string, minute: string) => ({
  pk: `FLAGRATE#${campaign}#${round}#${candidate}`,
  sk: `MIN#${minute}`,
});

/** Partition of a campaign's abuse flags, one item per flagged candidate of a round. */
export const voteFlagPartition = (campaign: string): string => `FLAG#${campaign}`;
export const voteFlagKey = (campaign: string, round: string, candidate: string) => ({
  pk: voteFlagPartition(campaign),
  sk: `${round}#${candidate}`,
});
