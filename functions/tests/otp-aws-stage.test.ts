import { errorEnvelopeSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, uniquePhone, type TestApi } from './support/test-api.ts';

// Its own file: handlers read the environment once, at load, so STAGE=aws needs a fresh module graph.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ STAGE: 'aws', PARTICIPANT_TOKEN_KEY: 'test-participant-token-key-0123456789abcdef' });
});
afterAll(async () => {
  await api?.close();
});

async function errorCode(res: Response): Promise<string> {
  return errorEnvelopeSchema.parse(await res.json()).error.code;
}

describe('one-time codes with STAGE=aws', () => {
  it('refuses to send with 503 SMS_UNAVAILABLE while no SMS provider is configured, writing nothing', async () => {
    const res = await api.request('POST', '/v1/otp', { body: { phone: uniquePhone() } });
    expect(res.status).toBe(503);
    expect(await errorCode(res)).toBe('SMS_UNAVAILABLE');
    expect(await api.scan()).toEqual([]);
  });

  it('does not serve the dev-only code endpoint', async () => {
    const res = await api.request('GET', `/v1/dev/otp?phone=${uniquePhone()}`);
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('ROUTE_NOT_FOUND');
  });
});
