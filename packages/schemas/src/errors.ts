import * as z from 'zod/mini';

/**
 * Every error the API returns, with its HTTP status and the Chinese message people see.
 * Codes are stable: programs match on them, so never rename one.
 */
export const API_ERRORS = {
  INVALID_JSON: { status: 400, message: '请求内容不是有效的 JSON' },
  UNAUTHORIZED: { status: 401, message: '未授权的请求' },
  TOKEN_INVALID: { status: 401, message: '登录已失效，请重新验证手机号' },
  PARTICIPANT_REQUIRED: { status: 401, message: '请先通过短信验证码验证手机号' },
  IDEMPOTENCY_KEY_REQUIRED: { status: 400, message: '缺少或无效的 Idempotency-Key 请求头' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  CAMPAIGN_NOT_FOUND: { status: 404, message: '活动不存在或尚未发布' },
  ROUND_NOT_FOUND: { status: 404, message: '投票轮次不存在' },
  // A read of one candidate's results (404: the path names nothing); a vote for them is CANDIDATE_NOT_IN_ROUND (422).
  CANDIDATE_NOT_FOUND: { status: 404, message: '本轮投票名单中没有该候选人' },
  VOTE_NOT_FOUND: { status: 404, message: '未找到该投票回执' },
  // Also the answer to a right phone with a wrong code: it must not tell whether the phone registered.
  REGISTRATION_NOT_FOUND: { status: 404, message: '未找到该报名，请核对手机号和确认码' },
  METHOD_NOT_ALLOWED: { status: 405, message: '不支持该请求方法' },
  VOTING_NOT_OPEN: { status: 409, message: '本轮投票当前未开放' },
  VOTE_QUOTA_EXCEEDED: { status: 409, message: '投票次数已达上限' },
  VOTE_ALREADY_VOIDED: { status: 409, message: '该投票已作废' },
  ALREADY_REGISTERED: { status: 409, message: '该手机号已报名本活动，请勿重复报名' },
  REGISTRATION_NOT_OPEN: { status: 409, message: '本活动当前不在报名时间内' },
  REGISTRATION_FULL: { status: 409, message: '报名名额已满' },
  ALREADY_CHECKED_IN: { status: 409, message: '该报名已签到' },
  REGISTRATION_WAITLISTED: { status: 409, message: '该报名仍在候补中，不能签到' },
  REGISTRATION_CANCELLED: { status: 409, message: '该报名已取消' },
  CAPACITY_BELOW_REGISTRATIONS: { status: 409, message: '名额不能少于已报名人数' },
  STALE_RULES: { status: 409, message: '活动规则已有更新的版本' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '请求内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请求内容类型必须为 application/json' },
  VALIDATION_FAILED: { status: 422, message: '提交的信息有误，请检查后重试' },
  // 422 like VALIDATION_FAILED: the request is well formed, but what the person typed is wrong or stale,
  // so the form shows the message and lets them fix it (400 stays for requests no person could have typed).
  OTP_INVALID: { status: 422, message: '验证码不正确' },
  CANDIDATE_NOT_IN_ROUND: { status: 422, message: '该候选人不在本轮投票名单中' },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: '该请求编号已用于不同的内容，请刷新后重试' },
  OTP_EXPIRED: { status: 422, message: '验证码已过期，请重新获取' },
  OTP_RATE_LIMITED: { status: 429, message: '验证码发送过于频繁，请稍后再试' },
  OTP_TOO_MANY_ATTEMPTS: { status: 429, message: '错误次数过多，请重新获取验证码' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务暂时不可用，请稍后再试' },
  SMS_UNAVAILABLE: { status: 503, message: '短信服务暂不可用，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ApiErrorCode = keyof typeof API_ERRORS;

/** Largest request body the API accepts, in bytes. */
export const MAX_BODY_BYTES = 16 * 1024;

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** Machine-readable facts behind an error (e.g. `{ capacity: 30, registered: 42 }`), beside the message people read. */
export const errorDetailsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type ErrorDetails = z.infer<typeof errorDetailsSchema>;

/** The one error envelope of the API. */
export const errorEnvelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.optional(z.array(fieldErrorSchema)),
    details: z.optional(errorDetailsSchema),
  }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

/** What an error may add to its code: a more specific message, field errors, details. */
export interface ErrorOptions {
  message?: string;
  fields?: FieldError[];
  details?: ErrorDetails;
}

/** Builds the error envelope for a code, with an optional more specific message, field errors and details. */
export function errorEnvelope(code: ApiErrorCode, options: ErrorOptions = {}): ErrorEnvelope {
  return {
    error: {
      code,
      message: options.message ?? API_ERRORS[code].message,
      ...(options.fields ? { fields: options.fields } : {}),
      ...(options.details ? { details: options.details } : {}),
    },
  };
}

/** Turns zod issues into one Chinese message per field, the first issue of each field winning. */
export function fieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string; keys?: string[] }>): FieldError[] {
  const seen = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) if (!seen.has(key)) seen.set(key, `不支持的字段：${key}`);
      continue;
    }
    const field = issue.path.map(String).join('.') || '_';
    if (!seen.has(field)) seen.set(field, issue.message);
  }
  return [...seen].map(([field, message]) => ({ field, message }));
}
