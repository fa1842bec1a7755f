import { API_ERRORS, errorEnvelopeSchema, fieldErrors, otpRequestSchema, otpVerifySchema } from '@union/schemas';

/** A verified participant's token, as POST /v1/otp/verify answers it. */
export interface ParticipantToken {
  token: string;
  expiresAt: string;
}

export const NETWORK_ERROR = '网络异常，请检查网络后重试';
const STORAGE_KEY = 'union.participant';
// A token this close to expiry is treated as gone, so a vote does not fail halfway.
const EXPIRY_MARGIN_MS = 30_000;

/** The token of this tab, if one is stored and still valid. Session storage: it goes with the tab, never to other sites. */
export function loadToken(storage: Pick<Storage, 'getItem'> | null, now: Date = new Date()): ParticipantToken | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<ParticipantToken>;
    if (typeof parsed.token !== 'string' || typeof parsed.expiresAt !== 'string') return null;
    return Date.parse(parsed.expiresAt) - EXPIRY_MARGIN_MS > now.getTime() ? { token: parsed.token, expiresAt: parsed.expiresAt } : null;
  } catch {
    return null;
  }
}

export function saveToken(storage: Pick<Storage, 'setItem'> | null, token: ParticipantToken): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(token));
  } catch {
    // Private browsing may refuse storage: the token then lives only as long as the page.
  }
}

export function clearToken(storage: Pick<Storage, 'removeItem'> | null): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}

/** The session storage of the page, or null where it is not available. */
export function sessionStore(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** An API answer: its status and JSON body, or a network failure (no answer at all). */
export type ApiAnswer = { ok: true; status: number; body: unknown; headers: Headers } | { ok: false };

const REQUEST_TIMEOUT_MS = 15_000;

/** Calls the participation API; never throws. */
export async function callApi(url: string, init: RequestInit = {}): Promise<ApiAnswer> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const body: unknown = await response.json().catch(() => null);
    return { ok: true, status: response.status, body, headers: response.headers };
  } catch {
    return { ok: false };
  }
}

/** The Chinese message of an error answer: the API's own, or a generic one when the body is not an envelope. */
export function errorMessage(answer: ApiAnswer): string {
  if (!answer.ok) return NETWORK_ERROR;
  const envelope = errorEnvelopeSchema.safeParse(answer.body);
  if (!envelope.success) return API_ERRORS.INTERNAL.message;
  // A field error says what is wrong with the input better than the envelope's summary.
  return envelope.data.error.fields?.[0]?.message ?? envelope.data.error.message;
}

/** The error code of an error answer, if it carries the envelope. */
export function errorCode(answer: ApiAnswer): string | null {
  if (!answer.ok) return null;
  const envelope = errorEnvelopeSchema.safeParse(answer.body);
  return envelope.success ? envelope.data.error.code : null;
}

const base = (apiBase: string) => apiBase.replace(/\/+$/, '');

/** POST /v1/otp: sends a code to the phone. */
export function requestCode(apiBase: string, phone: string): Promise<ApiAnswer> {
  return callApi(`${base(apiBase)}/v1/otp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone }),
  });
}

/** POST /v1/otp/verify: the code for a token. */
export async function verifyCode(apiBase: string, phone: string, code: string): Promise<{ token: ParticipantToken } | { error: string }> {
  const answer = await callApi(`${base(apiBase)}/v1/otp/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ phone, code }),
  });
  if (answer.ok && answer.status === 200) {
    const body = answer.body as Partial<ParticipantToken> | null;
    if (typeof body?.token === 'string' && typeof body.expiresAt === 'string') return { token: { token: body.token, expiresAt: body.expiresAt } };
    return { error: API_ERRORS.INTERNAL.message };
  }
  return { error: errorMessage(answer) };
}

const firstMessage = (issues: Parameters<typeof fieldErrors>[0]) => fieldErrors(issues)[0]?.message ?? '';

/** The phone as typed, normalised by the API's own schema, or its Chinese error: nothing is sent for bad input. */
export function checkPhoneInput(phone: string): { phone: string } | { error: string } {
  const parsed = otpRequestSchema.safeParse({ phone });
  return parsed.success ? { phone: parsed.data.phone } : { error: firstMessage(parsed.error.issues) };
}

/** The phone and code as typed, checked by the API's own schema. */
export function checkCodeInput(phone: string, code: string): { phone: string; code: string } | { error: string } {
  const parsed = otpVerifySchema.safeParse({ phone, code });
  return parsed.success ? { phone: parsed.data.phone, code: parsed.data.code } : { error: firstMessage(parsed.error.issues) };
}
