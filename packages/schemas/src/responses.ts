import * as z from 'zod/mini';
import { campaignRulesSchema } from './campaign.ts';

// What the participation API answers, as zod schemas: the OpenAPI document is generated from them and the
// tests check real answers against them, so the two cannot drift apart.

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

/** PUT /v1/internal/campaigns/{slug}: the snapshot as stored. */
export const campaignRulesSavedResponseSchema = z.strictObject({ campaign: campaignRulesSchema });
