import {
  campaignRulesSavedResponseSchema,
  cancelRegistrationRequestSchema,
  checkInRequestSchema,
  checkInResponseSchema,
  myParticipationDeletedResponseSchema,
  myParticipationResponseSchema,
  registrationCancelledResponseSchema,
  registrationListResponseSchema,
  campaignRulesSchema,
  campaignSlug,
  candidateId,
  candidateResultResponseSchema,
  healthResponseSchema,
  otpRequestSchema,
  otpSentResponseSchema,
  otpVerifySchema,
  participantResponseSchema,
  participantTokenResponseSchema,
  registrationRequestSchema,
  registrationResponseSchema,
  resultsResponseSchema,
  roundId,
  VOTE_RECEIPT_PATTERN,
  voteFlagsResponseSchema,
  voteVoidedResponseSchema,
  voteVoidRequestSchema,
  voteRequestSchema,
  voteResponseSchema,
  MAX_RULES_BODY_BYTES,
  MAX_RULES_SNAPSHOT_BYTES,
  type ApiErrorCode,
} from '@union/schemas';
import * as z from 'zod/mini';
import type { routes } from '../routes.ts';

/** How an operation is authorised (each adds its 401 to the document). */
export type Auth =
  /** `Authorization: Bearer <participant token>` from POST /v1/otp/verify. */
  | 'participant'
  /** A participant token when the campaign's rules ask for one. */
  | 'participant-if-required'
  /** `Authorization: Bearer <INTERNAL_API_TOKEN>`: the CMS only. */
  | 'internal';

export interface ResponseDoc {
  description: string;
  schema?: z.ZodMiniType;
  /** Response headers worth documenting (name → description). */
  headers?: Record<string, string>;
}

/** What the OpenAPI document says about one route; the schemas are the ones the handler validates with. */
export interface OperationDoc {
  operationId: string;
  summary: string;
  description?: string;
  tag: 'health' | 'participants' | 'registrations' | 'votes' | 'results' | 'internal' | 'meta';
  auth?: Auth;
  /** The request needs an `Idempotency-Key` header. */
  idempotencyKey?: boolean;
  /** JSON request body (adds 400/413/415/422 for malformed, oversized, non-JSON and invalid bodies). */
  body?: z.ZodMiniType;
  /** Success answers by status. */
  responses: Record<number, ResponseDoc>;
  /** Errors this operation itself decides (the body, auth and 500 errors are added from the flags above). */
  errors: ApiErrorCode[];
}

export type RouteKey = (typeof routes)[number]['routeKey'];

/** Schemas of the path parameters, by name, shared by every route that has them. */
export const PATH_PARAMETERS: Record<string, { schema: z.ZodMiniType; description: string }> = {
  slug: { schema: campaignSlug, description: '活动标识（网址中的英文名）' },
  round: { schema: roundId, description: '投票轮次编号' },
  candidate: { schema: candidateId, description: '候选人编号（如 model-workers-12）' },
  receipt: { schema: z.string().check(z.regex(VOTE_RECEIPT_PATTERN)), description: '投票回执编号（32 位十六进制）' },
};

/**
 * Every route of the API, documented. Typed by the route table: a route without its documentation
 * does not compile, and tests/openapi.test.ts checks the errors each handler throws are listed here.
 */
export const operations: Record<RouteKey, OperationDoc> = {
  'GET /v1/health': {
    operationId: 'getHealth',
    summary: 'Health check: the API and its table answer',
    tag: 'health',
    responses: { 200: { description: '服务正常', schema: healthResponseSchema } },
    errors: [],
  },
  'GET /v1/openapi.json': {
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    tag: 'meta',
    responses: { 200: { description: 'OpenAPI 3.1 document of the participation API' } },
    errors: [],
  },
  'POST /v1/otp': {
    operationId: 'sendOtp',
    summary: 'Send a six-digit one-time code to a phone by SMS',
    description:
      'Codes expire after 5 minutes and allow 5 tries. A number gets one code per 60 s and 5 per hour; a client address 30 per hour.',
    tag: 'participants',
    body: otpRequestSchema,
    responses: { 202: { description: '验证码已发送', schema: otpSentResponseSchema } },
    errors: ['OTP_RATE_LIMITED', 'SMS_UNAVAILABLE'],
  },
  'POST /v1/otp/verify': {
    operationId: 'verifyOtp',
    summary: 'Exchange a one-time code for a participant token',
    description: 'The token carries a keyed hash of the phone, never the number, and is valid for 2 hours.',
    tag: 'participants',
    body: otpVerifySchema,
    responses: { 200: { description: '验证成功', schema: participantTokenResponseSchema } },
    errors: ['OTP_INVALID', 'OTP_EXPIRED', 'OTP_TOO_MANY_ATTEMPTS'],
  },
  'GET /v1/participant': {
    operationId: 'getParticipant',
    summary: 'Whether a participant token is still valid',
    tag: 'participants',
    auth: 'participant',
    responses: { 200: { description: '令牌有效', schema: participantResponseSchema } },
    errors: [],
  },
  'POST /v1/campaigns/{slug}/registrations': {
    operationId: 'createRegistration',
    summary: 'Register for a campaign (one registration per phone)',
    tag: 'registrations',
    auth: 'participant-if-required',
    body: registrationRequestSchema,
    responses: { 201: { description: '报名成功', schema: registrationResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'REGISTRATION_NOT_OPEN', 'ALREADY_REGISTERED', 'REGISTRATION_FULL'],
  },
  'PUT /v1/internal/campaigns/{slug}': {
    operationId: 'putCampaignRules',
    summary: 'Store the rules snapshot of a published campaign (CMS only)',
    description: `The body may take up to ${MAX_RULES_BODY_BYTES} bytes (a round of every published model worker lists thousands); a snapshot over ${MAX_RULES_SNAPSHOT_BYTES} bytes of JSON is refused with 422, as it would not fit one DynamoDB item.`,
    tag: 'internal',
    auth: 'internal',
    body: campaignRulesSchema,
    responses: { 200: { description: '已保存', schema: campaignRulesSavedResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'STALE_RULES', 'CAPACITY_BELOW_REGISTRATIONS'],
  },
  'DELETE /v1/internal/campaigns/{slug}': {
    operationId: 'deleteCampaignRules',
    summary: 'Remove the rules of an unpublished or deleted campaign (CMS only)',
    tag: 'internal',
    auth: 'internal',
    responses: { 204: { description: '已删除' } },
    errors: ['CAMPAIGN_NOT_FOUND'],
  },
  'POST /v1/votes': {
    operationId: 'castVote',
    summary: 'Cast one vote for a candidate of a campaign round',
    description:
      'One vote per Idempotency-Key: a retry with the same key and body returns the first answer (header ' +
      '`Idempotency-Replayed: true`) and uses no quota. Quotas per participant per day, per candidate per day and per ' +
      'round (days in Asia/Shanghai) are enforced by conditional writes; requests are also limited per participant ' +
      'and, at much higher thresholds, per client address. The receipt confirms the vote through GET /v1/votes/{receipt}.',
    tag: 'votes',
    auth: 'participant-if-required',
    idempotencyKey: true,
    body: voteRequestSchema,
    responses: {
      201: { description: '投票成功（或同一请求编号的首次结果）', schema: voteResponseSchema, headers: { 'Idempotency-Replayed': 'true when this answers a retried request' } },
    },
    errors: ['CAMPAIGN_NOT_FOUND', 'ROUND_NOT_FOUND', 'VOTING_NOT_OPEN', 'CANDIDATE_NOT_IN_ROUND', 'VOTE_QUOTA_EXCEEDED', 'RATE_LIMITED'],
  },
  'GET /v1/votes/{receipt}': {
    operationId: 'getVote',
    summary: 'Look up a vote by its receipt: was it counted, was it voided',
    tag: 'votes',
    responses: { 200: { description: '投票记录（不含投票人信息）', schema: voteResponseSchema } },
    errors: ['VOTE_NOT_FOUND'],
  },
  'GET /v1/results/{slug}/{round}': {
    operationId: 'getResults',
    summary: "A voting round's totals per candidate, ranked",
    description:
      'votes = accepted − voided; ties share a rank. Counted from the table stream within seconds; cacheable for 5 s.',
    tag: 'results',
    responses: { 200: { description: '投票结果', schema: resultsResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'ROUND_NOT_FOUND'],
  },
  'GET /v1/results/{slug}/{round}/{candidate}': {
    operationId: 'getCandidateResult',
    summary: "One candidate's totals in a voting round",
    description:
      'votes = accepted − voided, read from this candidate\'s counters only (no rank), for a page about one candidate ' +
      'such as a model worker\'s likes in a round of thousands. Counted from the table stream within seconds; cacheable for 5 s.',
    tag: 'results',
    responses: { 200: { description: '候选人的投票结果', schema: candidateResultResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'ROUND_NOT_FOUND', 'CANDIDATE_NOT_FOUND'],
  },
  'POST /v1/internal/votes/{receipt}/void': {
    operationId: 'voidVote',
    summary: 'Void a vote with a reason (CMS only, on behalf of an editor)',
    tag: 'internal',
    auth: 'internal',
    body: voteVoidRequestSchema,
    responses: { 200: { description: '已作废', schema: voteVoidedResponseSchema } },
    errors: ['VOTE_NOT_FOUND', 'VOTE_ALREADY_VOIDED'],
  },
  'GET /v1/internal/campaigns/{slug}/flags': {
    operationId: 'getVoteFlags',
    summary: 'Candidates flagged for votes growing faster than the campaign allows (CMS only)',
    tag: 'internal',
    auth: 'internal',
    responses: { 200: { description: '异常增长提醒', schema: voteFlagsResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND'],
  },
  'POST /v1/campaigns/{slug}/registrations/cancel': {
    operationId: 'cancelRegistration',
    summary: 'Cancel a registration with its phone and confirmation code',
    description:
      'A cancelled confirmed registration hands its place to the first person on the waitlist in the same transaction. ' +
      'A wrong code answers exactly like an unknown phone; tries are limited per phone.',
    tag: 'registrations',
    body: cancelRegistrationRequestSchema,
    responses: { 200: { description: '已取消', schema: registrationCancelledResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'REGISTRATION_NOT_FOUND', 'ALREADY_CHECKED_IN', 'RATE_LIMITED'],
  },
  'POST /v1/internal/campaigns/{slug}/check-ins': {
    operationId: 'checkIn',
    summary: 'Check a registration in at the door by its code or QR text (CMS only)',
    tag: 'internal',
    auth: 'internal',
    body: checkInRequestSchema,
    responses: { 200: { description: '签到成功', schema: checkInResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'REGISTRATION_NOT_FOUND', 'ALREADY_CHECKED_IN', 'REGISTRATION_WAITLISTED', 'REGISTRATION_CANCELLED'],
  },
  'GET /v1/internal/campaigns/{slug}/registrations': {
    operationId: 'listRegistrations',
    summary: "A page of a campaign's registrations for an export (CMS only)",
    description: 'Query: `limit` (1–500), `cursor` (from `nextCursor`), `reveal=phone` for full numbers (admins only, decided by the CMS).',
    tag: 'internal',
    auth: 'internal',
    responses: { 200: { description: '报名名单', schema: registrationListResponseSchema } },
    errors: ['CAMPAIGN_NOT_FOUND', 'VALIDATION_FAILED'],
  },
  'GET /v1/me': {
    operationId: 'getMyParticipation',
    summary: '我的参与: the verified participant\'s registrations and votes',
    tag: 'participants',
    auth: 'participant',
    responses: { 200: { description: '我的参与', schema: myParticipationResponseSchema } },
    errors: [],
  },
  'DELETE /v1/me': {
    operationId: 'deleteMyParticipation',
    summary: "Erase the verified participant's registrations and unlink their votes (which stay counted, anonymously)",
    tag: 'participants',
    auth: 'participant',
    responses: { 200: { description: '已删除', schema: myParticipationDeletedResponseSchema } },
    errors: [],
  },
};
