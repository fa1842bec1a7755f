import { MAX_BODY_BYTES, registrationRequestSchema } from '@union/schemas';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { clientAddress, HttpError, httpHandler, parseJsonBody, requireBearerToken, type HttpEvent } from './http.ts';

function event(headers: Record<string, string>, body?: string, isBase64Encoded = false): HttpEvent {
  return {
    version: '2.0',
    routeKey: 'POST /x',
    rawPath: '/x',
    rawQueryString: '',
    headers,
    requestContext: { requestId: 'r1', http: { method: 'POST' } },
    ...(body === undefined ? {} : { body }),
    isBase64Encoded,
  } as HttpEvent;
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof HttpError) return error.code;
    throw error;
  }
  return undefined;
}

const valid = JSON.stringify({ name: '张伟', phone: '13812345678', workUnit: '市第一机床厂', consent: true });

describe('parseJsonBody', () => {
  it.each([
    ['application/json', undefined],
    ['Application/JSON; charset=UTF-8', undefined],
    ['application/json;charset="utf-8"', undefined],
    ['application/json; charset=iso-8859-1', 'UNSUPPORTED_MEDIA_TYPE'],
    ['application/jsonp', 'UNSUPPORTED_MEDIA_TYPE'],
    ['text/json', 'UNSUPPORTED_MEDIA_TYPE'],
  ])('treats content type %s as %s', (type, code) => {
    expect(codeOf(() => parseJsonBody(event({ 'content-type': type }, valid), registrationRequestSchema))).toBe(code);
  });

  it('measures a base64 body by its decoded size', () => {
    const justFits = Buffer.alloc(MAX_BODY_BYTES, 0x20).toString('base64'); // larger than the limit once encoded
    expect(codeOf(() => parseJsonBody(event({ 'content-type': 'application/json' }, justFits, true), registrationRequestSchema))).toBe('INVALID_JSON');
    const tooBig = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20).toString('base64');
    expect(codeOf(() => parseJsonBody(event({ 'content-type': 'application/json' }, tooBig, true), registrationRequestSchema))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('honours a Content-Length over the limit', () => {
    const headers = { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) };
    expect(codeOf(() => parseJsonBody(event(headers, valid), registrationRequestSchema))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('takes a larger body where the route allows one, and refuses one over that limit', () => {
    const json = { 'content-type': 'application/json' };
    const padded = (bytes: number) => `${valid}${' '.repeat(bytes - Buffer.byteLength(valid))}`;
    const maxBytes = MAX_BODY_BYTES * 4;
    expect(parseJsonBody(event(json, padded(maxBytes)), registrationRequestSchema, { maxBytes })).toMatchObject({ name: '张伟' });
    expect(codeOf(() => parseJsonBody(event(json, padded(maxBytes + 1)), registrationRequestSchema, { maxBytes }))).toBe('PAYLOAD_TOO_LARGE');
    expect(codeOf(() => parseJsonBody(event(json, padded(MAX_BODY_BYTES + 1)), registrationRequestSchema))).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an empty body as invalid JSON', () => {
    expect(codeOf(() => parseJsonBody(event({ 'content-type': 'application/json' }), registrationRequestSchema))).toBe('INVALID_JSON');
  });

  it('returns the parsed, normalized data', () => {
    const body = JSON.stringify({ name: ' 张伟 ', phone: '+86 138 1234 5678', workUnit: '市第一机床厂', consent: true });
    expect(parseJsonBody(event({ 'content-type': 'application/json' }, body), registrationRequestSchema)).toEqual({
      name: '张伟',
      phone: '13812345678',
      workUnit: '市第一机床厂',
      consent: true,
    });
  });
});

describe('clientAddress', () => {
  const from = (headers: Record<string, string>) =>
    clientAddress({ ...event(headers), requestContext: { requestId: 'r1', http: { method: 'POST', sourceIp: '130.176.0.1' } } } as HttpEvent);

  it('takes the viewer address CloudFront adds, IPv4 and IPv6, without its port', () => {
    expect(from({ 'cloudfront-viewer-address': '203.0.113.7:50432' })).toBe('203.0.113.7');
    expect(from({ 'cloudfront-viewer-address': '2001:db8::1:443' })).toBe('2001:db8::1');
  });

  it('falls back to the source IP without a usable viewer address', () => {
    expect(from({})).toBe('130.176.0.1');
    expect(from({ 'cloudfront-viewer-address': 'garbage' })).toBe('130.176.0.1');
  });
});

describe('requireBearerToken', () => {
  it.each([
    [{ authorization: 'Bearer secret-token-123' }, undefined],
    [{ authorization: 'bearer secret-token-123' }, undefined],
    [{ authorization: 'Bearer secret-token-1234' }, 'UNAUTHORIZED'],
    [{ authorization: 'secret-token-123' }, 'UNAUTHORIZED'],
    [{}, 'UNAUTHORIZED'],
  ])('with %o answers %s', (headers, code) => {
    expect(codeOf(() => requireBearerToken(event(headers), 'secret-token-123'))).toBe(code);
  });
});

describe('httpHandler', () => {
  const silentLogger = { error: () => undefined } as unknown as Parameters<typeof httpHandler>[0];

  it('turns an HttpError into its envelope', async () => {
    const handler = httpHandler(silentLogger, async () => {
      throw new HttpError('REGISTRATION_NOT_OPEN', { message: '报名已截止' });
    });
    const result = await handler(event({}), {} as Context);
    expect(result.statusCode).toBe(409);
    expect(JSON.parse(result.body ?? '')).toEqual({ error: { code: 'REGISTRATION_NOT_OPEN', message: '报名已截止' } });
  });

  it('turns anything else into a logged 500', async () => {
    const logged: unknown[] = [];
    const logger = { error: (...args: unknown[]) => logged.push(args) } as unknown as Parameters<typeof httpHandler>[0];
    const handler = httpHandler(logger, async () => {
      throw new TypeError('boom');
    });
    const result = await handler(event({}), { awsRequestId: 'lambda-1' } as Context);
    expect(result.statusCode).toBe(500);
    expect(result.headers).toMatchObject({ 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    expect(logged).toEqual([['Unhandled error', expect.objectContaining({ requestId: 'r1', lambdaRequestId: 'lambda-1' })]]);
  });
});
