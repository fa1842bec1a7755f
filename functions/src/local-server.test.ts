import { describe, expect, it } from 'vitest';
import { toHttpApiEvent, type LocalRequest } from './local-server.ts';

const base: LocalRequest = {
  method: 'post',
  url: '/v1/campaigns/reading-2026/registrations',
  headers: { host: ['127.0.0.1:8787'], 'content-type': ['application/json'], 'user-agent': ['curl/8.5'] },
  body: Buffer.from('{"name":"张伟"}'),
  sourceIp: '127.0.0.1',
  routeKey: 'POST /v1/campaigns/{slug}/registrations',
  pathParameters: { slug: 'reading-2026' },
  requestId: 'req-1',
  now: new Date('2026-03-12T19:03:58.123Z'),
};

describe('toHttpApiEvent', () => {
  it('builds a payload v2 event with route, path and request context', () => {
    const event = toHttpApiEvent(base);
    expect(event).toEqual({
      version: '2.0',
      routeKey: 'POST /v1/campaigns/{slug}/registrations',
      rawPath: '/v1/campaigns/reading-2026/registrations',
      rawQueryString: '',
      headers: { host: '127.0.0.1:8787', 'content-type': 'application/json', 'user-agent': 'curl/8.5' },
      pathParameters: { slug: 'reading-2026' },
      requestContext: {
        accountId: 'anonymous',
        apiId: 'local',
        domainName: '127.0.0.1:8787',
        domainPrefix: '127',
        http: {
          method: 'POST',
          path: '/v1/campaigns/reading-2026/registrations',
          protocol: 'HTTP/1.1',
          sourceIp: '127.0.0.1',
          userAgent: 'curl/8.5',
        },
        requestId: 'req-1',
        routeKey: 'POST /v1/campaigns/{slug}/registrations',
        stage: '$default',
        time: '12/Mar/2026:19:03:58 +0000',
        timeEpoch: Date.parse('2026-03-12T19:03:58.123Z'),
      },
      body: '{"name":"张伟"}',
      isBase64Encoded: false,
    });
  });

  it('joins repeated headers and query parameters with commas and splits cookies out', () => {
    const event = toHttpApiEvent({
      ...base,
      url: '/v1/health?a=1&b=x%20y&a=2',
      headers: { ...base.headers, 'x-forwarded-for': ['10.0.0.1', '10.0.0.2'], cookie: ['a=1; b=2', 'c=3'] },
    });
    expect(event.rawPath).toBe('/v1/health');
    expect(event.rawQueryString).toBe('a=1&b=x%20y&a=2');
    expect(event.queryStringParameters).toEqual({ a: '1,2', b: 'x y' });
    expect(event.headers['x-forwarded-for']).toBe('10.0.0.1,10.0.0.2');
    expect(event.headers.cookie).toBeUndefined();
    expect(event.cookies).toEqual(['a=1', 'b=2', 'c=3']);
  });

  it('base64-encodes a body that is not text', () => {
    const bytes = Buffer.from([0xff, 0x00, 0x10, 0x80]);
    const event = toHttpApiEvent({ ...base, headers: { 'content-type': ['application/octet-stream'] }, body: bytes });
    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? '', 'base64')).toEqual(bytes);
  });

  it('base64-encodes a body without a content type', () => {
    const event = toHttpApiEvent({ ...base, headers: {}, body: Buffer.from('{}') });
    expect(event).toMatchObject({ isBase64Encoded: true, body: Buffer.from('{}').toString('base64') });
  });

  it('passes JSON-like and text types as text', () => {
    for (const type of ['application/json; charset=utf-8', 'application/problem+json', 'text/plain']) {
      expect(toHttpApiEvent({ ...base, headers: { 'content-type': [type] } }).isBase64Encoded).toBe(false);
    }
  });

  it('leaves out the body, query and path parameters when there are none', () => {
    const event = toHttpApiEvent({ ...base, method: 'GET', url: '/v1/health', body: Buffer.alloc(0), pathParameters: {} });
    expect(event).not.toHaveProperty('body');
    expect(event).not.toHaveProperty('queryStringParameters');
    expect(event).not.toHaveProperty('pathParameters');
    expect(event.isBase64Encoded).toBe(false);
  });
});
