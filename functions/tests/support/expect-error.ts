import { errorEnvelopeSchema } from '@union/schemas';
import { expect } from 'vitest';

/** Checks an answer is the API's error envelope with this status and code (and message, if given), not cached; returns the body. */
export async function expectError(res: Response, status: number, code: string, message?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = errorEnvelopeSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toBe(message);
  return body;
}
