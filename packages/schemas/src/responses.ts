import * as z from 'zod/mini';

// What the participation API answers, as zod schemas: the OpenAPI document is generated from them and the
// tests check real answers against them, so the two cannot drift apart. The one answer built on the
// campaign rules lives in campaign.ts: islands import this module, and the rules schemas are not theirs to ship.

/** GET /v1/health. */
export const healthResponseSchema = z.strictObject({ status: z.literal('ok') });

/** POST /v1/otp: the code is on its way; when it expires and when another may be asked for. */
export const otpSentResponseSchema = z.strictObject({
  /** Seconds the code stays valid. */
  expiresIn: z.int(),
  /** Seconds before the same number may ask again. */
  resendAfter: z.int(),
});

/** POST /v1/otp/verify: the participant token for `Authorization: Bearer`, and when it expires. */
export const participantTokenResponseSchema = z.strictObject({
  token: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});

/** GET /v1/participant: the token is good until `expiresAt`. Nothing that identifies the person. */
export const participantResponseSchema = z.strictObject({
  participant: z.strictObject({ purpose: z.string(), expiresAt: z.iso.datetime({ offset: true }) }),
});

/** GET /v1/results/{slug}/{round}: a round's totals, ranked (ties share a rank). */
export const resultsResponseSchema = z.strictObject({
  results: z.strictObject({
    campaign: z.string(),
    round: z.string(),
    roundName: z.string(),
    /** The last tally write; null before the first vote is counted. */
    updatedAt: z.nullable(z.string()),
    totalVotes: z.int(),
    totalVoided: z.int(),
    candidates: z.array(
      z.strictObject({ id: z.string(), name: z.string(), votes: z.int(), voided: z.int(), rank: z.int() }),
    ),
  }),
});
export type ResultsResponse = z.infer<typeof resultsResponseSchema>;

/**
 * GET /v1/results/{slug}/{round}/{candidate}: one candidate's totals, read from their own counters only
 * (no rank: that would take every candidate's). What a page about one candidate (a 劳模's 点赞) needs.
 */
export const candidateResultResponseSchema = z.strictObject({
  result: z.strictObject({
    campaign: z.string(),
    round: z.string(),
    roundName: z.string(),
    candidate: z.string(),
    name: z.string(),
    /** Votes that count: accepted minus voided. */
    votes: z.int(),
    voided: z.int(),
    /** The last tally write for this candidate; null before their first vote is counted. */
    updatedAt: z.nullable(z.string()),
  }),
});
export type CandidateResultResponse = z.infer<typeof candidateResultResponseSchema>;

/** POST /v1/internal/votes/{receipt}/void. */
export const voteVoidedResponseSchema = z.strictObject({
  vote: z.strictObject({
    receipt: z.string(),
    campaign: z.string(),
    round: z.string(),
    candidate: z.string(),
    voidedAt: z.string(),
    voidReason: z.string(),
  }),
});

/** GET /v1/internal/campaigns/{slug}/flags: candidates whose votes grew faster than the campaign's threshold. */
export const voteFlagsResponseSchema = z.strictObject({
  flags: z.array(
    z.strictObject({
      round: z.string(),
      candidate: z.string(),
      firstFlaggedAt: z.string(),
      lastFlaggedAt: z.string(),
      lastRate: z.int(),
      /** The UTC minute (`YYYY-MM-DDTHH:MM`) of the last rate over the threshold. */
      minute: z.string(),
      threshold: z.int(),
    }),
  ),
});

const registrationStatus = z.enum(['confirmed', 'waitlisted', 'cancelled']);
const nullableString = z.nullable(z.string());

/** POST /v1/campaigns/{slug}/registrations/cancel. */
export const registrationCancelledResponseSchema = z.strictObject({
  registration: z.strictObject({ campaign: z.string(), confirmationCode: z.string(), status: z.literal('cancelled') }),
});

/** POST /v1/internal/campaigns/{slug}/check-ins: who checked in, as staff at the door may see them. */
export const checkInResponseSchema = z.strictObject({
  registration: z.strictObject({
    campaign: z.string(),
    confirmationCode: z.string(),
    name: z.string(),
    phoneMasked: z.string(),
    status: registrationStatus,
    checkedInAt: z.optional(z.string()),
    checkedInBy: z.optional(z.string()),
  }),
});

/** GET /v1/internal/campaigns/{slug}/registrations: one page of a campaign's registrations for an export. */
export const registrationListResponseSchema = z.strictObject({
  registrations: z.array(
    z.strictObject({
      confirmationCode: z.string(),
      status: registrationStatus,
      name: z.string(),
      workUnit: z.string(),
      phoneMasked: z.string(),
      /** Only with `reveal=phone`. */
      phone: z.optional(z.string()),
      waitlistPosition: z.nullable(z.int()),
      consents: z.array(z.strictObject({ purpose: z.string(), version: z.string(), at: z.string() })),
      registeredAt: z.string(),
      promotedAt: nullableString,
      cancelledAt: nullableString,
      checkedInAt: nullableString,
      checkedInBy: nullableString,
    }),
  ),
  /** Pass as `cursor` for the next page; null on the last. */
  nextCursor: nullableString,
});

/** GET /v1/me (我的参与): the verified participant's own registrations and votes. */
export const myParticipationResponseSchema = z.strictObject({
  registrations: z.array(
    z.strictObject({
      campaign: z.string(),
      status: registrationStatus,
      confirmationCode: z.string(),
      name: z.string(),
      workUnit: z.string(),
      phoneMasked: z.string(),
      consents: z.array(z.strictObject({ purpose: z.string(), version: z.string(), at: z.string() })),
      registeredAt: z.string(),
      waitlistPosition: z.optional(z.nullable(z.int())),
      checkedInAt: z.optional(z.string()),
      cancelledAt: z.optional(z.string()),
    }),
  ),
  votes: z.array(
    z.strictObject({
      receipt: z.string(),
      campaign: z.string(),
      round: z.string(),
      candidate: z.string(),
      castAt: z.string(),
      counted: z.boolean(),
      voided: z.optional(z.boolean()),
      /** Names from the campaign's current rules snapshot; null once the snapshot no longer lists them. */
      roundName: z.nullable(z.string()),
      candidateName: z.nullable(z.string()),
      /** A 点赞: the round's candidates are every published model worker (false when the snapshot is gone). */
      like: z.boolean(),
    }),
  ),
});

/** DELETE /v1/me: what was erased. */
export const myParticipationDeletedResponseSchema = z.strictObject({
  deleted: z.strictObject({ registrations: z.int(), votesUnlinked: z.int() }),
});
export type MyParticipationResponse = z.infer<typeof myParticipationResponseSchema>;
