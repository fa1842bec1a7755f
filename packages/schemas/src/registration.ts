import * as z from 'zod/mini';
import { MOBILE_PATTERN, normalizePhone } from './phone.ts';

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
  consent: z.literal(true, { error: '请阅读并同意个人信息处理规则' }),
});
export type RegistrationRequest = z.infer<typeof registrationRequestSchema>;

/** What the API answers for an accepted registration; never the phone number. */
export const registrationResponseSchema = z.strictObject({
  registration: z.strictObject({
    campaign: z.string(),
    confirmationCode: z.string(),
    registeredAt: z.string(),
  }),
});
export type RegistrationResponse = z.infer<typeof registrationResponseSchema>;

/** Confirmation codes avoid look-alike characters (0/O, 1/I/L) so they can be read out over the phone. */
export const CONFIRMATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CONFIRMATION_CODE_LENGTH = 8;
