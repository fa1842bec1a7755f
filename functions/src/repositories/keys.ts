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
