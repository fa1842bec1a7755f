import { errorEnvelopeSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe('GET /v1/health', () => {
  it('answers 200 {"status":"ok"} when the table is reachable', async () => {
    const res = await api.request('GET', '/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('routing', () => {
  it.each(['/v1/nothing-here', '/v1/campaigns/reading/votes', '/', '/v1/health/extra'])(
    'answers 404 ROUTE_NOT_FOUND for %s',
    async (path) => {
      const res = await api.request('GET', path);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(errorEnvelopeSchema.parse(await res.json()).error).toEqual({ code: 'ROUTE_NOT_FOUND', message: '接口不存在' });
    },
  );

  it('answers 405 METHOD_NOT_ALLOWED with Allow for a known path and another method', async () => {
    const res = await api.request('GET', '/v1/campaigns/reading-2026/registrations');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(errorEnvelopeSchema.parse(await res.json()).error).toEqual({ code: 'METHOD_NOT_ALLOWED', message: '不支持该请求方法' });
  });

  it('lists every method of a path in Allow', async () => {
    const res = await api.request('POST', '/v1/internal/campaigns/reading-2026');
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('PUT, DELETE');
  });

  it('tags every response with a request id, as API Gateway does', async () => {
    const [a, b] = await Promise.all([api.request('GET', '/v1/health'), api.request('GET', '/v1/nothing')]);
    expect(a.headers.get('apigw-requestid')).toMatch(/\S{8,}/);
    expect(b.headers.get('apigw-requestid')).toMatch(/\S{8,}/);
    expect(a.headers.get('apigw-requestid')).not.toBe(b.headers.get('apigw-requestid'));
  });
});
