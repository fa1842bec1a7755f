import {
  maskPhone,
  type CampaignRules,
  type ConsentRecord,
  type RegistrationRequest,
  type RegistrationWindowState,
} from '@union/schemas';
import { confirmationCode } from './confirmation-code.ts';
import type { PersonalDataCipher, SealedFields } from './data-keys.ts';
import { phoneHash } from './phone-hash.ts';

/** Version of the personal-information notice people agree to on the registration form. */
export const REGISTRATION_CONSENT_VERSION = '2019-1';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Self-service cancellation tries per phone and hour, right or wrong: enough for typos, far too few to
 * guess a code (31^8 of them).
 */
export const CANCEL_TRIES_PER_WINDOW = 5;
export const CANCEL_WINDOW_SECONDS = 60 * 60;
/** Registrations are kept 180 days after registration closes, then expire through the table's TTL. */
const RETENTION_AFTER_CLOSE_SECONDS = 180 * DAY_SECONDS;
/** Without a closing date, a registration is kept one year. */
const RETENTION_WITHOUT_CLOSE_SECONDS = 365 * DAY_SECONDS;

/** The message of 409 REGISTRATION_NOT_OPEN for each reason the window is closed. */
export const NOT_OPEN_MESSAGES: Record<Extract<RegistrationWindowState, { open: false }>['reason'], string> = {
  DISABLED: '本活动未开放报名',
  NOT_STARTED: '报名尚未开始',
  ENDED: '报名已截止',
};

/** The personal fields of a registration, stored only sealed (lib/data-keys.ts). */
export interface PersonalFields extends Record<string, string> {
  name: string;
  workUnit: string;
  /** The full normalized number, for authorised exports only. */
  phone: string;
}

/**
 * What is stored for a registration: the minimum, the personal fields only encrypted, and never the
 * phone number in clear.
 */
export interface RegistrationRecord {
  campaign: string;
  /** HMAC of the normalized phone: the only form of the number that identifies the person. */
  phoneHash: string;
  /** Name, work unit and phone, sealed with a data key bound to this registration. */
  personal: SealedFields;
  /** 138****1234, for screens and exports. */
  phoneMasked: string;
  consents: ConsentRecord[];
  confirmationCode: string;
  registeredAt: string;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

/** What the sealed personal fields of a registration are bound to: sealed fields copied to another item do not open. */
export const personalContext = (campaign: string, phoneHashValue: string): string => `registration\n${campaign}\n${phoneHashValue}`;

/** When a registration's personal data expires (epoch seconds). */
export function registrationExpiresAt(rules: Pick<CampaignRules, 'registration'>, registeredAt: Date): number {
  const closesAt = rules.registration.closesAt;
  if (closesAt) return Math.floor(Date.parse(closesAt) / 1000) + RETENTION_AFTER_CLOSE_SECONDS;
  return Math.floor(registeredAt.getTime() / 1000) + RETENTION_WITHOUT_CLOSE_SECONDS;
}

/** The consents a request gives: the registration itself, plus each optional purpose agreed to (once each). */
export function consentRecords(request: Pick<RegistrationRequest, 'consents'>, at: string): ConsentRecord[] {
  const optional = [...new Set(request.consents ?? [])];
  return [{ purpose: 'registration' as const }, ...optional.map((purpose) => ({ purpose }))].map(({ purpose }) => ({
    purpose,
    version: REGISTRATION_CONSENT_VERSION,
    at,
  }));
}

/** Builds the stored record of an accepted registration request, its personal fields sealed. */
export async function newRegistration(
  rules: CampaignRules,
  request: RegistrationRequest,
  { now, phoneHashKey, cipher }: { now: Date; phoneHashKey: string; cipher: PersonalDataCipher },
): Promise<RegistrationRecord> {
  const registeredAt = now.toISOString();
  const hash = phoneHash(request.phone, phoneHashKey);
  const personal: PersonalFields = { name: request.name, workUnit: request.workUnit, phone: request.phone };
  return {
    campaign: rules.slug,
    phoneHash: hash,
    personal: await cipher.seal(personal, personalContext(rules.slug, hash)),
    phoneMasked: maskPhone(request.phone),
    consents: consentRecords(request, registeredAt),
    confirmationCode: confirmationCode(),
    registeredAt,
    expiresAt: registrationExpiresAt(rules, now),
  };
}

/** The personal fields of a stored registration, opened. */
export function openPersonal(
  cipher: PersonalDataCipher,
  registration: { campaign: string; phoneHash: string; personal: SealedFields },
): Promise<PersonalFields> {
  return cipher.open<PersonalFields>(registration.personal, personalContext(registration.campaign, registration.phoneHash));
}
