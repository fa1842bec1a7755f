import { errorEnvelopeSchema, REGISTRATION_STATUSES } from '@union/schemas';
import { APIError, type Payload } from 'payload';
import * as z from 'zod/mini';
import { rulesSyncSettings } from '../collections/Campaigns/hooks/rulesApi.ts';

/*
 * The CMS's client of the participation API's internal routes (and of the public results). Every
 * answer is checked against the shape agreed with the API, so a drift between the two fails loudly
 * here (502, logged) instead of producing an export with empty columns.
 */

const optionalText = z.optional(z.nullable(z.string()));


export const registrationRowSchema = z.object({
  name: z.string(),
  workUnit: z.string(),
  phoneMasked: z.string(),
  /** Only with `reveal=phone`. */
  phone: optionalText,
  status: z.enum(REGISTRATION_STATUSES),
  waitlistPosition: z.optional(z.nullable(z.number())),
  confirmationCode: z.string(),
  registeredAt: z.string(),
  checkedInAt: optionalText,
  consents: z.array(z.object({ purpose: z.string(), version: z.string(), at: z.string() })),
});
export type RegistrationRow = z.infer<typeof registrationRowSchema>;

const registrationsPageSchema = z.object({
  registrations: z.array(registrationRowSchema),
  nextCursor: optionalText,
});

const checkInAnswerSchema = z.object({
  registration: z.object({ name: z.string(), phoneMasked: z.string(), status: z.string(), checkedInAt: z.string() }),
});
export type CheckedInRegistration = z.infer<typeof checkInAnswerSchema>['registration'];

const voidAnswerSchema = z.object({
  vote: z.object({ campaign: z.optional(z.string()), round: z.optional(z.string()), candidate: z.optional(z.string()) }),
});
export type VoidedVote = z.infer<typeof voidAnswerSchema>['vote'];

export const voteFlagSchema = z.object({
  round: z.string(),
  candidate: z.string(),
  firstFlaggedAt: z.string(),
  lastRate: z.number(),
  threshold: z.number(),
});
export type VoteFlag = z.infer<typeof voteFlagSchema>;
const flagsAnswerSchema = z.object({ flags: z.array(voteFlagSchema) });

export const roundResultsSchema = z.object({
  campaign: z.string(),
  round: z.string(),
  roundName: z.string(),
  updatedAt: z.nullable(z.string()),
  totalVotes: z.number(),
  totalVoided: z.number(),
  candidates: z.array(z.object({ id: z.string(), name: z.string(), votes: z.number(), voided: z.number(), rank: z.number() })),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;
const resultsAnswerSchema = z.object({ results: roundResultsSchema });

export const API_OFF_MESSAGE = '本服务器未配置报名服务地址，无法读取报名和投票数据';
export const API_UNAVAILABLE_MESSAGE = '无法连接报名服务，请稍后重试';
export const API_ANSWER_INVALID_MESSAGE = '报名服务返回的数据格式不符，请联系技术人员';

/**
 * A failed call to the participation API, public so the editor reads the Chinese message: the API's
 * own 4xx message (unknown code, already checked in…) passes through with its status and code;
 * no answer, a 5xx or an answer of the wrong shape becomes 502 (503 when no API is configured).
 */
export class ParticipationApiError extends APIError<{ code: string; upstreamStatus: number | null }> {
  constructor(message: string, status: number, code: string, upstreamStatus: number | null) {
    super(message, status, { code, upstreamStatus }, true);
    // Named explicitly: a minified build blanks class names, and Payload drops messages of nameless errors.
    this.name = 'ParticipationApiError';
  }
}

interface CallOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  /** Statuses that are an answer rather than a failure (e.g. 404 for a round without results). */
  accept?: readonly number[];
}

async function callApi<T>(payload: Payload, path: string, schema: z.ZodMiniType<T>, options: CallOptions = {}): Promise<{ status: number; data: T | null }> {
  const settings = rulesSyncSettings(payload);
  if (!settings.url) throw new ParticipationApiError(API_OFF_MESSAGE, 503, 'PARTICIPATION_API_OFF', null);
  const url = `${settings.url}${path}`;
  const method = options.method ?? 'GET';
  const send = async () => {
    const answer = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${settings.token}`,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
    });
    return { answer, text: await answer.text() };
  };
  let response: Response;
  let text: string;
  try {
    ({ answer: response, text } = await send().catch((err: unknown) => {
      // A kept-alive connection the other side closed at that moment fails without the request
      // being read; a read is safe to send once more. A POST is not: it may have been applied.
      if (method !== 'GET' || (err instanceof Error && err.name === 'TimeoutError')) throw err;
      return send();
    }));
  } catch (err) {
    payload.logger.error({ err, msg: 'Participation API unreachable', path });
    throw new ParticipationApiError(API_UNAVAILABLE_MESSAGE, 502, 'PARTICIPATION_API_UNAVAILABLE', null);
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (options.accept?.includes(response.status)) return { status: response.status, data: null };
  if (response.status >= 400 && response.status < 500) {
    const envelope = errorEnvelopeSchema.safeParse(body);
    if (envelope.success) throw new ParticipationApiError(envelope.data.error.message, response.status, envelope.data.error.code, response.status);
  }
  if (!response.ok) {
    // Only the status and the path: an error body could echo personal data.
    payload.logger.error({ msg: 'Participation API refused', path, status: response.status });
    throw new ParticipationApiError(API_UNAVAILABLE_MESSAGE, 502, 'PARTICIPATION_API_UNAVAILABLE', response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    payload.logger.error({ msg: 'Participation API answer has an unexpected shape', path, issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) });
    throw new ParticipationApiError(API_ANSWER_INVALID_MESSAGE, 502, 'PARTICIPATION_API_DRIFT', response.status);
  }
  return { status: response.status, data: parsed.data };
}

const campaignPath = (slug: string) => `/v1/internal/campaigns/${encodeURIComponent(slug)}`;

// A campaign has at most a few thousand registrations; this bounds a cursor that never ends.
const MAX_REGISTRATION_PAGES = 1_000;

/** Every registration of a campaign, following the API's cursor; full phone numbers only with `revealPhones`. */
export async function listRegistrations(payload: Payload, slug: string, { revealPhones }: { revealPhones: boolean }): Promise<RegistrationRow[]> {
  const rows: RegistrationRow[] = [];
  const seen = new Set<string>();
  let cursor: string | null | undefined;
  for (let page = 0; page < MAX_REGISTRATION_PAGES; page++) {
    const query = new URLSearchParams();
    if (revealPhones) query.set('reveal', 'phone');
    if (cursor) query.set('cursor', cursor);
    const search = query.size ? `?${query}` : '';
    const { data } = await callApi(payload, `${campaignPath(slug)}/registrations${search}`, registrationsPageSchema);
    rows.push(...(data?.registrations ?? []));
    cursor = data?.nextCursor;
    if (!cursor) return rows;
    if (seen.has(cursor)) break;
    seen.add(cursor);
  }
  payload.logger.error({ msg: 'Participation API registration cursor does not end', slug });
  throw new ParticipationApiError(API_ANSWER_INVALID_MESSAGE, 502, 'PARTICIPATION_API_DRIFT', null);
}

/** Checks a registration in by its confirmation code; the API's 404/409 come back as ParticipationApiError with its message. */
export async function checkInRegistration(payload: Payload, slug: string, body: { code: string; by: string }): Promise<CheckedInRegistration> {
  const { data } = await callApi(payload, `${campaignPath(slug)}/check-ins`, checkInAnswerSchema, { method: 'POST', body });
  return (data as z.infer<typeof checkInAnswerSchema>).registration;
}

/** Voids a vote by its receipt; 404 VOTE_NOT_FOUND and 409 VOTE_ALREADY_VOIDED come back with the API's message. */
export async function voidVote(payload: Payload, receipt: string, body: { reason: string; by: string }): Promise<VoidedVote> {
  const { data } = await callApi(payload, `/v1/internal/votes/${encodeURIComponent(receipt)}/void`, voidAnswerSchema, { method: 'POST', body });
  return (data as z.infer<typeof voidAnswerSchema>).vote;
}

/** The candidates whose votes grow faster than the alarm threshold (异常增长提醒). */
export async function listVoteFlags(payload: Payload, slug: string): Promise<VoteFlag[]> {
  const { data } = await callApi(payload, `${campaignPath(slug)}/flags`, flagsAnswerSchema);
  return (data as z.infer<typeof flagsAnswerSchema>).flags;
}

/** The current results of one round, or null when the API knows no such round. */
export async function getRoundResults(payload: Payload, slug: string, round: string): Promise<RoundResults | null> {
  const { data } = await callApi(payload, `/v1/results/${encodeURIComponent(slug)}/${encodeURIComponent(round)}`, resultsAnswerSchema, { accept: [404] });
  return data?.results ?? null;
}
