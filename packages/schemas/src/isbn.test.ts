import { describe, expect, it } from 'vitest';
import { INVALID_ISBN_MESSAGE, isbnSchema, isValidIsbn } from './isbn.ts';

describe('isValidIsbn', () => {
  it('accepts an ISBN-13 with or without hyphens and spaces', () => {
    for (const isbn of ['9787020002207', '978-7-02-000220-7', '978 7 02 000220 7']) expect(isValidIsbn(isbn)).toBe(true);
  });

  it('accepts an ISBN-10, including the X check digit in either case', () => {
    for (const isbn of ['7-02-000220-X', '702000220x', '0-306-40615-2']) expect(isValidIsbn(isbn)).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(isValidIsbn('978-7-02-000220-8')).toBe(false);
    expect(isValidIsbn('0-306-40615-3')).toBe(false);
  });

  it('refuses the wrong length, letters and ISBN-13 prefixes other than 978/979', () => {
    for (const isbn of ['', '978702000220', '97870200022077', 'ABCDEFGHIJ', '1234567890128', 'X123456789']) {
      expect(isValidIsbn(isbn)).toBe(false);
    }
  });
});

describe('isbnSchema', () => {
  it('explains a bad ISBN in Chinese', () => {
    const result = isbnSchema.safeParse('978-7-02-000220-8');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(INVALID_ISBN_MESSAGE);
  });
});
