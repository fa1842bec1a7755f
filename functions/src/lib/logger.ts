import { Logger } from '@aws-lambda-powertools/logger';
import { env } from '../env.ts';

/**
 * The one logger of the participation API. Never pass request bodies, phone numbers (clear, masked or
 * hashed) or names to it: logs are not a place for personal data. The one exception is the local
 * SMS provider (STAGE=local only), which logs the masked number beside the code it did not send.
 */
export const logger = new Logger({ serviceName: 'participation-api', logLevel: env.LOG_LEVEL });
