import * as z from 'zod/mini';
import { MOBILE_PATTERN, normalizePhone } from './phone.ts';

/** Confirmation codes avoid look-alike characters (0/O, 1/I/L) so they can be read out over the phone. */
export const CONFIRMATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CONFIRMATION_CODE_LENGTH = 8;
export const CONFIRMATION_CODE_PATTERN = new RegExp(`^[${CONFIRMATION_ALPHABET}]{${CONFIRMATION_CODE_LENGTH}}$`);
const CHECK_IN_PREFIX = 'UNION-CHECKIN';

/** Purposes personal data of a registration may be processed for; `registration` is the one every registration needs. */
export const CONSENT_PURPOSES = ['registration', 'notifications'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
/** Purposes a person may agree to or not, beside the registration itself. */
export const OPTIONAL_CONSENT_PURPOSES = ['notifications'] as const;

const required = (label: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `请填写${label}` : `${label}格式不正确`;

/** A registration for a campaign, as the public submits it. Extra fields are refused. */
export const registrationRequestSchema = z.strictObject({
  name: z.string({ error: required('姓名') }).check(
    z.trim(),
    // zod reports every failed check; the first message per field is the one shown.
    z.minLength(1, { error: '请填写姓名' }),
    z.minLength(2, { error: '姓名至少 2 个字' }),
    z.maxLength(32, { error: '姓名不能超过 32 个字' }),
  ),
  phone: z.pipe(
    z.string({ error: required('手机号') }).check(z.overwrite(normalizePhone)),
    z.string().check(z.minLength(1, { error: '请填写手机号' }), z.regex(MOBILE_PATTERN, { error: '请输入正确的 11 位手机号' })),
  ),
  workUnit: z.string({ error: required('工作单位') }).check(
    z.trim(),
    z.minLength(2, { error: '请填写工作单位' }),
    z.maxLength(64, { error: '工作单位不能超过 64 个字' }),
  ),
  /** Agreement to the processing needed for the registration itself (purpose `registration`): mandatory. */
  consent: z.literal(true, { error: '请阅读并同意个人信息处理规则' }),
  /** Further purposes the person agreed to, each optional (e.g. `notifications`: SMS reminders about the event). */
  consents: z.optional(
    z.array(z.enum(OPTIONAL_CONSENT_PURPOSES, { error: '不支持的同意事项' })).check(z.maxLength(OPTIONAL_CONSENT_PURPOSES.length)),
  ),
});
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

/** A registration's place: confirmed (holds one of the capacity's places), waiting for one, or cancelled. */
export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Chinese labels of the registration statuses, for screens and exports. */
export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  confirmed: '报名成功',
  waitlisted: '候补中',
  cancelled: '已取消',
};

/** One recorded consent: what for, which version of the notice, when. */
export const consentRecordSchema = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  version: z.string(),
  at: z.string(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

/** What the API answers for an accepted registration; never the phone number. */
export const registrationResponseSchema = z.strictObject({
  registration: z.strictObject({
    campaign: z.string(),
    confirmationCode: z.string(),
    registeredAt: z.string(),
    status: z.enum(['confirmed', 'waitlisted']),
    /** 1 for the first in line; only for a waitlisted registration. */
    waitlistPosition: z.optional(z.int()),
    /** What to show at the door: the payload the QR code encodes, and the QR code as an SVG data URL. */
    checkIn: z.strictObject({ payload: z.string(), qrCode: z.string() }),
  }),
});
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;

const confirmationCodeField = z.string({ error: required('确认码') }).check(
  z.overwrite((value) => value.replace(/[\s-]/g, '').toUpperCase()),
  z.minLength(1, { error: '请填写确认码' }),
  z.regex(CONFIRMATION_CODE_PATTERN, { error: '确认码格式不正确' }),
);

/** Self-service cancellation: the phone that registered and the confirmation code it was given. */
export const cancelRegistrationRequestSchema = z.strictObject({
  phone: z.pipe(
    z.string({ error: required('手机号') }).check(z.overwrite(normalizePhone)),
    z.string().check(z.minLength(1, { error: '请填写手机号' }), z.regex(MOBILE_PATTERN, { error: '请输入正确的 11 位手机号' })),
  ),
  confirmationCode: confirmationCodeField,
});
export type CancelRegistrationRequest = z.infer<typeof cancelRegistrationRequestSchema>;

/** A check-in at the door, sent by the CMS for an editor: the scanned QR payload or the typed code, and who checked in. */
export const checkInRequestSchema = z.strictObject({
  code: z.string({ error: required('确认码') }).check(z.trim(), z.minLength(1, { error: '请填写确认码' }), z.maxLength(200)),
  by: z.string({ error: required('签到人员') }).check(z.trim(), z.minLength(1, { error: '请填写签到人员' }), z.maxLength(100)),
});
export type CheckInRequest = z.infer<typeof checkInRequestSchema>;

/** The payload a registration's QR code encodes: `UNION-CHECKIN:<campaign>:<confirmation code>`. */
export function checkInPayload(campaign: string, confirmationCode: string): string {
  return `${CHECK_IN_PREFIX}:${campaign}:${confirmationCode}`;
}

/**
 * The confirmation code in what a door scanner or an editor gives: a QR payload of this campaign or a
 * typed code (any case, spaces and dashes ignored); undefined when it is neither.
 */
export function parseCheckInCode(input: string, campaign: string): string | undefined {
  const trimmed = input.trim();
  let code = trimmed;
  if (trimmed.toUpperCase().startsWith(`${CHECK_IN_PREFIX}:`)) {
    const [, slug, rest] = trimmed.split(':');
    if (slug !== campaign || rest === undefined) return undefined;
    code = rest;
  }
  code = code.replace(/[\s-]/g, '').toUpperCase();
  return CONFIRMATION_CODE_PATTERN.test(code) ? code : undefined;
}
