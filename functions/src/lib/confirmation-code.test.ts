import { CONFIRMATION_ALPHABET, CONFIRMATION_CODE_LENGTH } from '@union/schemas';
import { describe, expect, it } from 'vitest';
import { confirmationCode } from './confirmation-code.ts';

describe('confirmationCode', () => {
  const codes = Array.from({ length: 2000 }, () => confirmationCode());

  it('is 8 characters from the confirmation alphabet', () => {
    expect(CONFIRMATION_CODE_LENGTH).toBe(8);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${CONFIRMATION_ALPHABET}]{8}$`));
  });

  it('never uses look-alike characters', () => {
    expect(codes.join('')).not.toMatch(/[01OIL]/);
  });

  it('uses the whole alphabet', () => {
    expect(new Set(codes.join('')).size).toBe(CONFIRMATION_ALPHABET.length);
  });

  it('does not repeat in practice', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });
});
