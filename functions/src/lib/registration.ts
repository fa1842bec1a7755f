import { maskPhone, type CampaignRules, type RegistrationRequest, type RegistrationWindowState } from '@union/schemas';
import { confirmationCode } from './confirmation-code.ts';
import { phoneHash } from './phone-hash.ts';

/** Version of the personal-information notice people agree to on the registration form. */
export const REGISTRATION_CONSENT_VERSION = '2019-1';

const DAY_SECONDS = 24 * 60 * 60;
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

/** What is stored for a registration: the minimum, and never the phone number in clear. */
export interface RegistrationRecord {
  campaign: string;
  /** HMAC of the normalized phone: the only form of the number that identifies the person. */
  phoneHash: string;
  name: string;
  workUnit: string;
  /** 138****1234, for screens and exports. */
  phoneMasked: string;
  consent: { purpose: 'registration'; at: string; version: string };
  confirmationCode: string;
  registeredAt: string;
  /** TTL, epoch seconds. */
  expiresAt: number;
}

/** When a registration's personal data expires (epoch seconds). */
export function registrationExpiresAt(rules: Pick<CampaignRules, 'registration'>, registeredAt: Date): number {
  const closesAt = rules.registration.closesAt;
  if (closesAt) return Math.floor(Date.parse(closesAt) / 1000) + RETENTION_AFTER_CLOSE_SECONDS;
  return Math.floor(registeredAt.getTime() / 1000) + RETENTION_WITHOUT_CLOSE_SECONDS;
}

/** Builds the stored record of an accepted registration request. */
export function newRegistration(
  rules: CampaignRules,
  request: RegistrationRequest,
  { now, phoneHashKey }: { now: Date; phoneHashKey: string },
): RegistrationRecord {
  const registeredAt = now.toISOString();
  return {
    campaign: rules.slug,
    phoneHash: phoneHash(request.phone, phoneHashKey),
    name: request.name,
    workUnit: request.workUnit,
    phoneMasked: maskPhone(request.phone),
    consent: { purpose: 'registration', at: registeredAt, version: REGISTRATION_CONSENT_VERSION },
    confirmationCode: confirmationCode(),
    registeredAt,
    expiresAt: registrationExpiresAt(rules, now),
  };
}
