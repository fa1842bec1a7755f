import {
  API_ERRORS,
  errorEnvelopeSchema,
  fieldErrors,
  registrationRequestSchema,
  registrationResponseSchema,
  type RegistrationRequest,
} from '@union/schemas';

export const FIELDS = ['name', 'phone', 'workUnit', 'consent'] as const;
export type Field = (typeof FIELDS)[number];
export type FieldMessages = Partial<Record<Field, string>>;

export interface RegistrationValues {
  name: string;
  phone: string;
  workUnit: string;
  consent: boolean;
}

export const NETWORK_ERROR = '网络异常，请检查网络后重试';

const isField = (field: string): field is Field => (FIELDS as readonly string[]).includes(field);

/** Validates with the API's own schema, so the form and the API never disagree on the rules. */
export function validateRegistration(
  values: RegistrationValues,
): { ok: true; request: RegistrationRequest } | { ok: false; errors: FieldMessages } {
  const result = registrationRequestSchema.safeParse(values);
  if (result.success) return { ok: true, request: result.data };
  const errors: FieldMessages = {};
  for (const { field, message } of fieldErrors(result.error.issues)) if (isField(field)) errors[field] = message;
  return { ok: false, errors };
}

/** What the form shows after a 201: the code, whether a place or a waitlist position was given, and the check-in QR code. */
export interface Registered {
  confirmationCode: string;
  status: 'confirmed' | 'waitlisted';
  /** 1 for the first in line; only when waitlisted. */
  waitlistPosition?: number;
  /** An SVG data URL: shown as an image, nothing loaded from elsewhere. */
  qrCode: string;
}

export type SubmitOutcome =
  | ({ kind: 'success' } & Registered)
  | { kind: 'fields'; errors: FieldMessages; message?: string }
  /** The campaign needs a verified phone and the token is missing, expired or refused: verify again. */
  | { kind: 'unverified'; message: string }
  | { kind: 'error'; message: string };

/** Turns the API's answer into what the form shows: the code, messages beside fields, or one message. */
export function interpretResponse(status: number, body: unknown): SubmitOutcome {
  if (status === 201) {
    const parsed = registrationResponseSchema.safeParse(body);
    if (parsed.success) {
      const { confirmationCode, status, waitlistPosition, checkIn } = parsed.data.registration;
      // Only an inline image may reach the page: anything else in the field is ignored.
      const qrCode = checkIn.qrCode.startsWith('data:image/svg+xml;base64,') ? checkIn.qrCode : '';
      return { kind: 'success', confirmationCode, status, ...(waitlistPosition === undefined ? {} : { waitlistPosition }), qrCode };
    }
    return { kind: 'error', message: API_ERRORS.INTERNAL.message };
  }
  const envelope = errorEnvelopeSchema.safeParse(body);
  if (!envelope.success) return { kind: 'error', message: API_ERRORS.INTERNAL.message };
  const { message, fields } = envelope.data.error;
  if (status === 401) return { kind: 'unverified', message };
  if (status === 422 && fields?.length) {
    const errors: FieldMessages = {};
    const other: string[] = [];
    for (const field of fields) {
      if (isField(field.field)) errors[field.field] ??= field.message;
      else other.push(field.message);
    }
    // Errors on fields the form does not show (e.g. an unknown key) still need to be seen.
    return { kind: 'fields', errors, ...(other.length ? { message: other.join('；') } : {}) };
  }
  return { kind: 'error', message };
}

/** The registration endpoint of a campaign; an empty base means the API is on the same origin. */
export function registrationUrl(apiBase: string, campaign: string): string {
  return `${apiBase.replace(/\/+$/, '')}/v1/campaigns/${encodeURIComponent(campaign)}/registrations`;
}

const REQUEST_TIMEOUT_MS = 15_000;

/**
 * POST the registration. With a participant token (campaigns whose rules require a verified phone)
 * it goes as a Bearer token; the API then checks the phone is the one verified.
 */
export async function submitRegistration(apiBase: string, campaign: string, request: RegistrationRequest, token?: string): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = await fetch(registrationUrl(apiBase, campaign), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch {
    return { kind: 'error', message: NETWORK_ERROR };
  }
  const body: unknown = await response.json().catch(() => null);
  return interpretResponse(response.status, body);
}
