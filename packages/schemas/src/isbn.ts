import * as z from 'zod/mini';

export const INVALID_ISBN_MESSAGE = 'ISBN 格式或校验位不正确';

/** Whether `value` is an ISBN-10 or ISBN-13 with a correct check digit; hyphens and spaces are allowed. */
export function isValidIsbn(value: string): boolean {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(compact)) {
    let sum = 0;
    for (let i = 0; i < 10; i += 1) {
      const char = compact[i] as string;
      sum += (char === 'X' ? 10 : Number(char)) * (10 - i);
    }
    return sum % 11 === 0;
  }
  if (/^97[89]\d{10}$/.test(compact)) {
    let sum = 0;
    for (let i = 0; i < 13; i += 1) sum += Number(compact[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
  }
  return false;
}

/** An ISBN as editors type it, checked with isValidIsbn. */
export const isbnSchema = z.string().check(z.refine(isValidIsbn, { error: INVALID_ISBN_MESSAGE }));
