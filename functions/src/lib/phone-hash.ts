import { createHmac } from 'node:crypto';
import { normalizePhone } from '@union/schemas';

/**
 * The keyed hash that stands in for a phone number in keys: HMAC-SHA256 (hex) of the normalized number.
 * Keyed, so the 10^10 possible numbers cannot be brute-forced from a leaked table without the key.
 */
export function phoneHash(phone: string, key: string): string {
  return createHmac('sha256', key).update(normalizePhone(phone), 'utf8').digest('hex');
}
