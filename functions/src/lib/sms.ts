import type { Logger } from '@aws-lambda-powertools/logger';
import { maskPhone } from '@union/schemas';
import { phoneHash } from './phone-hash.ts';

/** Sends one text message to a mainland mobile number. */
export interface SmsProvider {
  send(phone: string, text: string): Promise<void>;
}

/**
 * The last message per phone hash that the local provider "sent", for the dev-only
 * `GET /v1/dev/otp` of the local server. Module state on purpose: the local server runs every
 * handler in one process, and in AWS nothing ever writes to it.
 */
const localOutbox = new Map<string, string>();

/** The last message the local provider sent to the phone with this hash. */
export function lastLocalMessage(phoneHashValue: string): string | undefined {
  return localOutbox.get(phoneHashValue);
}

/**
 * STAGE=local: sends nothing. Logs the message with the masked number, so a developer reads the
 * code in the server log, and keeps it for the dev endpoint tests use.
 */
export class LogSmsProvider implements SmsProvider {
  constructor(
    private readonly logger: Logger,
    private readonly phoneHashKey: string,
  ) {}

  async send(phone: string, text: string): Promise<void> {
    localOutbox.set(phoneHash(phone, this.phoneHashKey), text);
    this.logger.info(`SMS (local, not sent) to ${maskPhone(phone)}: ${text}`);
  }
}

/**
 * The SMS provider of this stage, or undefined when there is none. In AWS no provider is configured
 * yet (the deployment issue adds one): the send handler then answers 503 SMS_UNAVAILABLE before
 * writing anything, instead of pretending a code went out.
 */
export function smsProviderFor(
  env: { STAGE: 'local' | 'aws'; PHONE_HASH_KEY: string },
  logger: Logger,
): SmsProvider | undefined {
  return env.STAGE === 'local' ? new LogSmsProvider(logger, env.PHONE_HASH_KEY) : undefined;
}
