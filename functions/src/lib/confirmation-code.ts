import { randomInt } from 'node:crypto';
import { CONFIRMATION_ALPHABET, CONFIRMATION_CODE_LENGTH } from '@union/schemas';

/** A random confirmation code people can read out over the phone (no look-alike characters). */
export function confirmationCode(): string {
  let code = '';
  // randomInt draws uniformly, so no character of the alphabet is favoured (unlike byte % length).
  for (let i = 0; i < CONFIRMATION_CODE_LENGTH; i++) code += CONFIRMATION_ALPHABET[randomInt(CONFIRMATION_ALPHABET.length)];
  return code;
}
