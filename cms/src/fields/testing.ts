import type { PayloadRequest } from 'payload';

/**
 * The options Payload passes a field's validate function, as much of them as the built-in
 * checks read (`req.t`, `req.payload.config`), for unit tests of our rules.
 */
export function validateOptions<T>(options: Record<string, unknown> = {}): T {
  const req = { t: (key: string) => key, payload: { config: {} } } as unknown as PayloadRequest;
  return { required: false, siblingData: {}, data: {}, req, ...options } as unknown as T;
}
