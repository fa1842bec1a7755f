import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import type { CloudFrontResponse } from './cloudfront.ts';
import { viewerRequestEvent } from './http.ts';
import { CLOUDFRONT_FUNCTION_MAX_BYTES, runViewerRequest, VIEWER_REQUEST_FUNCTION_CODE } from './viewer-request.ts';

/** Runs the function on a GET of `url`, as CloudFront would. */
function run(url: string, cookie?: string) {
  return runViewerRequest(viewerRequestEvent({ method: 'GET', url, headers: { host: 'union.example', ...(cookie ? { cookie } : {}) } }));
}

function rewritten(url: string, cookie?: string): string {
  const outcome = run(url, cookie);
  if (outcome.kind !== 'request') throw new Error(`${url} was answered, not passed on`);
  return outcome.request.uri;
}

function answered(url: string): CloudFrontResponse {
  const outcome = run(url);
  if (outcome.kind !== 'response') throw new Error(`${url} was passed on, not answered`);
  return outcome.response;
}

const location = (url: string) => answered(url).headers?.location?.value;

describe('viewer-request function: directory indexes', () => {
  it('maps directory paths and extension-less paths to their index.html', () => {
    expect(rewritten('/')).toBe('/index.html');
    expect(rewritten('/campaigns/reading-month/')).toBe('/campaigns/reading-month/index.html');
    expect(rewritten('/campaigns/reading-month')).toBe('/campaigns/reading-month/index.html');
    expect(rewritten('/model-workers/')).toBe('/model-workers/index.html');
    expect(rewritten('/model-workers/workers/zhang-san?from=qr')).toBe('/model-workers/workers/zhang-san/index.html');
    expect(rewritten('/v1.0/notes')).toBe('/v1.0/notes/index.html');
  });

  it('leaves paths with a file extension alone', () => {
    expect(rewritten('/_astro/island.Bx1.js')).toBe('/_astro/island.Bx1.js');
    expect(rewritten('/404.html')).toBe('/404.html');
    expect(rewritten('/model-workers/sitemap-index.xml')).toBe('/model-workers/sitemap-index.xml');
    expect(rewritten('/_mode/elder.css')).toBe('/_mode/elder.css');
  });
});

describe('viewer-request function: the elder-mode stylesheet', () => {
  it('serves the standard stylesheet without the cookie', () => {
    expect(rewritten('/_mode.css')).toBe('/_mode/standard.css');
    expect(rewritten('/_mode.css', 'theme=dark; other=1')).toBe('/_mode/standard.css');
  });

  it('serves the elder stylesheet when the request carries elder=1', () => {
    expect(rewritten('/_mode.css', 'elder=1')).toBe('/_mode/elder.css');
    expect(rewritten('/_mode.css', 'theme=dark; elder=1; x=y')).toBe('/_mode/elder.css');
  });

  it('treats any other value of the cookie as standard', () => {
    expect(rewritten('/_mode.css', 'elder=0')).toBe('/_mode/standard.css');
    expect(rewritten('/_mode.css', 'elder=')).toBe('/_mode/standard.css');
    expect(rewritten('/_mode.css', 'elder=true')).toBe('/_mode/standard.css');
    expect(rewritten('/_mode.css', 'xelder=1')).toBe('/_mode/standard.css');
  });

  it('ignores the query string, so a cached link cannot pick the stylesheet', () => {
    expect(rewritten('/_mode.css?elder=on')).toBe('/_mode/standard.css');
  });
});

describe('viewer-request function: the elder-mode switch', () => {
  it('turns elder mode on with a year-long cookie and sends the reader back with 303', () => {
    const response = answered('/_mode?elder=on&back=/privacy/');
    expect(response.statusCode).toBe(303);
    expect(response.headers?.location?.value).toBe('/privacy/');
    expect(response.cookies).toEqual({ elder: { value: '1', attributes: 'Path=/; Max-Age=31536000; SameSite=Lax; Secure' } });
  });

  it('turns elder mode off with a cookie that expires at once', () => {
    const response = answered('/_mode?elder=off&back=/model-workers/');
    expect(response.statusCode).toBe(303);
    expect(response.headers?.location?.value).toBe('/model-workers/');
    expect(response.cookies?.elder?.value).toBe('');
    expect(response.cookies?.elder?.attributes).toMatch(/^Path=\/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax; Secure$/);
  });

  it('marks the switch response as not to be stored by any cache', () => {
    expect(answered('/_mode?elder=on&back=/').headers?.['cache-control']?.value).toBe('no-store');
    expect(answered('/_mode?elder=nope').headers?.['cache-control']?.value).toBe('no-store');
  });

  it('decodes a percent-encoded back path once, keeping its query and escapes', () => {
    expect(location(`/_mode?elder=on&back=${encodeURIComponent('/model-workers/workers/?year=2018&level=national')}`)).toBe(
      '/model-workers/workers/?year=2018&level=national',
    );
    expect(location(`/_mode?elder=on&back=${encodeURIComponent('/model-workers/search/?q=焊工')}`)).toBe('/model-workers/search/?q=%E7%84%8A%E5%B7%A5');
    expect(location(`/_mode?elder=on&back=${encodeURIComponent('/search/?q=%E7%84%8A')}`)).toBe('/search/?q=%E7%84%8A');
    expect(location('/_mode?elder=on&back=/a%20b/%23top')).toBe('/a%20b/#top');
  });

  it('sends the reader home when back is missing or empty', () => {
    expect(location('/_mode?elder=on')).toBe('/');
    expect(location('/_mode?elder=on&back=')).toBe('/');
    expect(location('/_mode?elder=on&back')).toBe('/');
  });

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL, encoded', '%2F%2Fevil.example'],
    ['a slash then an encoded slash', '/%2Fevil.example'],
    ['a backslash after the slash', '/\\evil.example'],
    ['a backslash, encoded', '/%5Cevil.example'],
    ['two backslashes, encoded', '%5C%5Cevil.example'],
    ['an absolute URL', 'https://x'],
    ['an absolute URL, encoded', 'https%3A%2F%2Fevil.example%2F'],
    ['a scheme without slashes', 'javascript:alert(1)'],
    ['a relative path', 'privacy/'],
    ['a tab that browsers drop', '/%09/evil.example'],
    ['a newline that would split the header', '/%0d%0aSet-Cookie:%20elder=1'],
    ['a double slash later in the path', '/model-workers//evil.example'],
    ['a double-encoded slash pair', '%252F%252Fevil.example'],
    ['a malformed escape', '/%E0%A4%A'],
    ['a lone surrogate', '/%ED%A0%80'],
    ['a very long path', `/${'a'.repeat(3000)}`],
  ])('sends the reader home instead of following %s', (_what, back) => {
    const response = answered(`/_mode?elder=on&back=${back}`);
    expect(response.statusCode).toBe(303);
    expect(response.headers?.location?.value).toBe('/');
  });

  it.each([['elder missing', '/_mode?back=/'], ['an unknown value', '/_mode?elder=yes&back=/'], ['upper case', '/_mode?elder=ON&back=/'], ['empty', '/_mode?elder=&back=/']])(
    'answers %s with 400, a Chinese message and a stable code, and sets no cookie',
    (_what, url) => {
      const response = answered(url);
      expect(response.statusCode).toBe(400);
      expect(response.cookies).toBeUndefined();
      expect(response.headers?.location).toBeUndefined();
      expect(response.headers?.['content-type']?.value).toBe('text/plain; charset=utf-8');
      expect(response.body).toEqual({ encoding: 'text', data: expect.stringMatching(/长辈模式.*ELDER_MODE_INVALID/) });
    },
  );

  it('reads the first value when elder is given twice', () => {
    expect(answered('/_mode?elder=on&elder=off&back=/').cookies?.elder?.value).toBe('1');
  });

  it('answers only the exact switch path', () => {
    expect(rewritten('/_mode/')).toBe('/_mode/index.html');
    expect(rewritten('/model-workers/_mode?elder=on')).toBe('/model-workers/_mode/index.html');
  });
});

describe('viewer-request function source', () => {
  it('fits CloudFront’s 10 KB limit', () => {
    expect(Buffer.byteLength(VIEWER_REQUEST_FUNCTION_CODE, 'utf8')).toBeLessThan(CLOUDFRONT_FUNCTION_MAX_BYTES);
  });

  it('is plain ES5.1 script code with a top-level handler and no modules or require', () => {
    const program = parse(VIEWER_REQUEST_FUNCTION_CODE, { ecmaVersion: 5, sourceType: 'script' });
    const functions = program.body.filter((node) => node.type === 'FunctionDeclaration').map((node) => node.id?.name);
    expect(functions).toContain('handler');
    expect(VIEWER_REQUEST_FUNCTION_CODE).not.toMatch(/\brequire\s*\(|\bimport\b|\bexport\b/);
  });
});
