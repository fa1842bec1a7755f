import { describe, expect, it } from 'vitest';
import { nodeResponse, viewerRequestEvent } from './http.ts';

describe('viewerRequestEvent', () => {
  it('keeps the path and the query values as the viewer sent them, percent-escapes included', () => {
    const { request } = viewerRequestEvent({ method: 'GET', url: '/model-workers/%E7%84%8A/?back=%2Fa%2F&q=a+b#frag', headers: {} });
    expect(request.uri).toBe('/model-workers/%E7%84%8A/');
    expect(request.querystring).toEqual({ back: { value: '%2Fa%2F' }, q: { value: 'a+b' } });
  });

  it('collects repeated query names into multiValue, the first also as value', () => {
    const { request } = viewerRequestEvent({ method: 'GET', url: '/?a=1&a=2&flag&&b=', headers: {} });
    expect(request.querystring).toEqual({ a: { value: '1', multiValue: [{ value: '1' }, { value: '2' }] }, flag: { value: '' }, b: { value: '' } });
  });

  it('moves cookies out of the headers into their own object', () => {
    const { request } = viewerRequestEvent({ method: 'HEAD', url: '/', headers: { host: 'union.example', cookie: 'elder=1; theme=dark ;elder=0', 'accept-language': 'zh-CN' } });
    expect(request.method).toBe('HEAD');
    expect(request.headers).toEqual({ host: { value: 'union.example' }, 'accept-language': { value: 'zh-CN' } });
    expect(request.cookies).toEqual({ elder: { value: '1', multiValue: [{ value: '1' }, { value: '0' }] }, theme: { value: 'dark' } });
  });

  it('resolves dot segments in the path', () => {
    expect(viewerRequestEvent({ method: 'GET', url: '/model-workers/../privacy/', headers: {} }).request.uri).toBe('/privacy/');
  });
});

describe('nodeResponse', () => {
  it('writes each cookie as its own Set-Cookie header with its attributes', () => {
    const out = nodeResponse({
      statusCode: 303,
      statusDescription: 'See Other',
      headers: { location: { value: '/privacy/' } },
      cookies: { elder: { value: '1', attributes: 'Path=/; Secure' }, plain: { value: 'x' } },
    });
    expect(out).toEqual({ status: 303, statusMessage: 'See Other', headers: { location: '/privacy/', 'set-cookie': ['elder=1; Path=/; Secure', 'plain=x'], 'content-length': 0 } });
  });

  it('encodes a text or base64 body and gives its length', () => {
    const text = nodeResponse({ statusCode: 400, body: { encoding: 'text', data: '有误' } });
    expect(text.body?.toString('utf8')).toBe('有误');
    expect(text.headers['content-length']).toBe(6);
    expect(nodeResponse({ statusCode: 200, body: { encoding: 'base64', data: 'aGk=' } }).body?.toString()).toBe('hi');
    expect(nodeResponse({ statusCode: 200, body: 'plain' }).body?.toString()).toBe('plain');
  });
});
