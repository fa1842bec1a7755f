import { API_ERRORS, errorEnvelopeSchema, fieldErrors, otpRequestSchema, otpVerifySchema } from '@union/schemas';
import { callApi, NETWORK_ERROR, type ApiAnswer, type ParticipantToken } from './session.ts';

export { callApi, clearToken, loadToken, NETWORK_ERROR, saveToken, sessionStore, type ApiAnswer, type ParticipantToken } from './session.ts';

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
