import { describe, expect, it } from 'vitest';
import {
  allNotFoundPageKeys,
  answerOriginResponse,
  type EdgeHeaders,
  type EdgeS3Origin,
  FALLBACK_NOT_FOUND_PAGE,
  isMissingPage,
  NOT_FOUND_CACHE_CONTROL,
  NOT_FOUND_PAGE_MAX_BYTES,
  notFoundPageKeys,
  type OriginResponseEvent,
  type PageLocation,
  s3PageLocation,
  siteBasePathOf,
} from './not-found.ts';

const BASE_PATHS = ['/', '/model-workers/'];
const BUCKET = 'unionportal-sitebucket397a1860-1xk3example';
const S3_ORIGIN: EdgeS3Origin = { domainName: `${BUCKET}.s3.ap-east-1.amazonaws.com`, authMethod: 'none', path: '', region: 'ap-east-1' };

// What S3 sends with its AccessDenied XML for a missing key.
const S3_ERROR_HEADERS: EdgeHeaders = {
  'x-amz-request-id': [{ key: 'x-amz-request-id', value: 'R1' }],
  'x-amz-id-2': [{ key: 'x-amz-id-2', value: 'I2' }],
  'content-type': [{ key: 'Content-Type', value: 'application/xml' }],
  'content-length': [{ key: 'Content-Length', value: '243' }],
  'transfer-encoding': [{ key: 'Transfer-Encoding', value: 'chunked' }],
  date: [{ key: 'Date', value: 'Mon, 01 Jun 2026 00:00:00 GMT' }],
  server: [{ key: 'Server', value: 'AmazonS3' }],
};

function originResponse(uri: string, status: string, origin: OriginResponseEvent['Records'][number]['cf']['request']['origin'] = { s3: S3_ORIGIN }): OriginResponseEvent {
  return {
    Records: [
      {
        cf: {
          config: { eventType: 'origin-response', distributionId: 'E2EXAMPLE', distributionDomainName: 'd111.cloudfront.net' },
          request: { uri, method: 'GET', origin },
          response: { status, statusDescription: status === '200' ? 'OK' : 'Forbidden', headers: structuredClone(S3_ERROR_HEADERS) },
        },
      },
    ],
  };
}

/** A bucket held in memory: the objects it has, and every key asked for, in order. */
function bucket(objects: Record<string, string>) {
  const reads: PageLocation[] = [];
  const problems: Array<{ problem: string; details: Record<string, unknown> }> = [];
  return {
    reads,
    problems,
    options: {
      basePaths: BASE_PATHS,
      readPage: async (location: PageLocation) => {
        reads.push(location);
        return location.bucket === BUCKET ? objects[location.key] : undefined;
      },
      report: (problem: string, details: Record<string, unknown>) => problems.push({ problem, details }),
    },
  };
}

const PORTAL_404 = '<!doctype html><title>页面不存在 · 活动门户</title>';
const MICROSITE_404 = '<!doctype html><title>页面不存在 · 劳模风采</title>';

describe('siteBasePathOf', () => {
  it('picks the longest base path the path starts with, whatever the order given', () => {
    expect(siteBasePathOf('/model-workers/workers/zhang-san/index.html', ['/', '/model-workers/'])).toBe('/model-workers/');
    expect(siteBasePathOf('/model-workers/workers/zhang-san/index.html', ['/model-workers/', '/'])).toBe('/model-workers/');
    expect(siteBasePathOf('/a/b/c/index.html', ['/', '/a/', '/a/b/'])).toBe('/a/b/');
    expect(siteBasePathOf('/a/x/index.html', ['/a/b/', '/', '/a/'])).toBe('/a/');
  });

  it('gives the portal every path outside a microsite, look-alike prefixes included', () => {
    expect(siteBasePathOf('/campaigns/nope/index.html', BASE_PATHS)).toBe('/');
    expect(siteBasePathOf('/model-workers', BASE_PATHS)).toBe('/');
    expect(siteBasePathOf('/model-workers-2020/index.html', BASE_PATHS)).toBe('/');
    expect(siteBasePathOf('/Model-Workers/index.html', BASE_PATHS)).toBe('/');
    expect(siteBasePathOf('/model-workers/index.html', [])).toBe('/');
  });
});

describe('notFoundPageKeys', () => {
  it('tries the microsite’s own 404 page first, then the portal’s', () => {
    expect(notFoundPageKeys('/model-workers/studios/nope/index.html', BASE_PATHS)).toEqual(['model-workers/404.html', '404.html']);
  });

  it('tries only the portal’s 404 page outside the microsites', () => {
    expect(notFoundPageKeys('/campaigns/nope/index.html', BASE_PATHS)).toEqual(['404.html']);
    expect(notFoundPageKeys('/model-workers.css', BASE_PATHS)).toEqual(['404.html']);
  });
});

describe('allNotFoundPageKeys', () => {
  it('lists each site’s 404 page once, and the portal’s even when no site sits at the root', () => {
    expect(allNotFoundPageKeys(['/model-workers/', '/', '/model-workers/'])).toEqual(['404.html', 'model-workers/404.html']);
    expect(allNotFoundPageKeys(['/model-workers/'])).toEqual(['404.html', 'model-workers/404.html']);
    expect(allNotFoundPageKeys([])).toEqual(['404.html']);
  });
});

describe('isMissingPage', () => {
  it('reads both 403 (no s3:ListBucket) and 404 from S3 as a missing page', () => {
    expect(isMissingPage('403')).toBe(true);
    expect(isMissingPage('404')).toBe(true);
    expect(isMissingPage(404)).toBe(true);
  });

  it('leaves every other status alone', () => {
    for (const status of ['200', '206', '304', '400', '412', '416', '500', '503']) expect(isMissingPage(status), status).toBe(false);
  });
});

describe('s3PageLocation', () => {
  it('reads bucket and region from a regional S3 domain name', () => {
    expect(s3PageLocation({ domainName: `${BUCKET}.s3.ap-east-1.amazonaws.com` })).toEqual({ bucket: BUCKET, region: 'ap-east-1' });
    expect(s3PageLocation({ domainName: 'my.site.bucket.s3.eu-central-1.amazonaws.com' })).toEqual({ bucket: 'my.site.bucket', region: 'eu-central-1' });
    expect(s3PageLocation({ domainName: 'legacy-bucket.s3-us-west-2.amazonaws.com' })).toEqual({ bucket: 'legacy-bucket', region: 'us-west-2' });
  });

  it('prefers the region the event names, and takes us-east-1 for the global endpoint', () => {
    expect(s3PageLocation({ domainName: 'site-bucket.s3.amazonaws.com', region: 'ap-east-1' })).toEqual({ bucket: 'site-bucket', region: 'ap-east-1' });
    expect(s3PageLocation({ domainName: 'site-bucket.s3.amazonaws.com', region: '' })).toEqual({ bucket: 'site-bucket', region: 'us-east-1' });
  });

  it('recognises no other origin as a bucket', () => {
    expect(s3PageLocation(undefined)).toBeUndefined();
    expect(s3PageLocation({ domainName: 'abc123.execute-api.ap-east-1.amazonaws.com' })).toBeUndefined();
    expect(s3PageLocation({ domainName: 'site-bucket.s3.amazonaws.com.evil.example' })).toBeUndefined();
    expect(s3PageLocation({ domainName: 'union.example' })).toBeUndefined();
  });
});

describe('answerOriginResponse', () => {
  it('passes every answer that is not a miss through unchanged, without reading the bucket', async () => {
    const store = bucket({ '404.html': PORTAL_404 });
    for (const status of ['200', '304', '500', '503']) {
      const event = originResponse('/model-workers/index.html', status);
      expect(await answerOriginResponse(event, store.options)).toBe(event.Records[0]?.cf.response);
    }
    expect(store.reads).toEqual([]);
  });

  it('answers a miss under a microsite with that microsite’s 404 page and status 404', async () => {
    const store = bucket({ '404.html': PORTAL_404, 'model-workers/404.html': MICROSITE_404 });
    const answer = await answerOriginResponse(originResponse('/model-workers/workers/nobody/index.html', '403'), store.options);
    expect(answer).toMatchObject({ status: '404', statusDescription: 'Not Found', body: MICROSITE_404, bodyEncoding: 'text' });
    expect(store.reads).toEqual([{ bucket: BUCKET, region: 'ap-east-1', key: 'model-workers/404.html' }]);
    expect(store.problems).toEqual([]);
  });

  it('answers a miss anywhere else with the portal’s 404 page', async () => {
    const store = bucket({ '404.html': PORTAL_404, 'model-workers/404.html': MICROSITE_404 });
    const answer = await answerOriginResponse(originResponse('/campaigns/nope/index.html', '404'), store.options);
    expect(answer).toMatchObject({ status: '404', body: PORTAL_404 });
    expect(store.reads.map((r) => r.key)).toEqual(['404.html']);
  });

  it('sends the page as UTF-8 HTML cached a minute at the edge, keeping the headers CloudFront will not let it drop', async () => {
    const store = bucket({ 'model-workers/404.html': MICROSITE_404 });
    const { headers } = await answerOriginResponse(originResponse('/model-workers/x/index.html', '403'), store.options);
    expect(headers['content-type']).toEqual([{ key: 'Content-Type', value: 'text/html; charset=utf-8' }]);
    expect(headers['cache-control']).toEqual([{ key: 'Cache-Control', value: NOT_FOUND_CACHE_CONTROL }]);
    expect(NOT_FOUND_CACHE_CONTROL).toMatch(/\bs-maxage=60\b/);
    expect(headers['transfer-encoding']).toEqual(S3_ERROR_HEADERS['transfer-encoding']);
    expect(headers['x-amz-request-id']).toEqual(S3_ERROR_HEADERS['x-amz-request-id']);
    // S3's length and type described its XML error, not this page.
    expect(headers['content-length']).toBeUndefined();
  });

  it('falls back to the portal’s 404 page when the microsite has none, and says so', async () => {
    const store = bucket({ '404.html': PORTAL_404 });
    const answer = await answerOriginResponse(originResponse('/model-workers/x/index.html', '403'), store.options);
    expect(answer).toMatchObject({ status: '404', body: PORTAL_404 });
    expect(store.reads.map((r) => r.key)).toEqual(['model-workers/404.html', '404.html']);
    expect(store.problems).toEqual([{ problem: '404 page missing or not readable', details: expect.objectContaining({ key: 'model-workers/404.html', bucket: BUCKET }) }]);
  });

  it('falls back to the portal’s 404 page when reading the microsite’s fails', async () => {
    // Fault injection: S3 failing on one key is not something a local bucket would do on its own.
    const store = bucket({ '404.html': PORTAL_404 });
    const options = {
      ...store.options,
      readPage: async (location: PageLocation) => {
        if (location.key === 'model-workers/404.html') throw Object.assign(new Error('Please reduce your request rate.'), { name: 'SlowDown' });
        return store.options.readPage(location);
      },
    };
    const answer = await answerOriginResponse(originResponse('/model-workers/x/index.html', '403'), options);
    expect(answer).toMatchObject({ status: '404', body: PORTAL_404 });
    expect(store.problems).toEqual([
      { problem: '404 page could not be read', details: expect.objectContaining({ key: 'model-workers/404.html', error: 'SlowDown: Please reduce your request rate.' }) },
    ]);
  });

  it('skips a 404 page too large for a Lambda@Edge response', async () => {
    const store = bucket({ '404.html': PORTAL_404, 'model-workers/404.html': `<p>${'劳'.repeat(NOT_FOUND_PAGE_MAX_BYTES / 3)}</p>` });
    const answer = await answerOriginResponse(originResponse('/model-workers/x/index.html', '403'), store.options);
    expect(answer.body).toBe(PORTAL_404);
    expect(store.problems[0]).toMatchObject({ problem: '404 page too large for a Lambda@Edge response', details: { key: 'model-workers/404.html' } });
  });

  it('answers with a plain Chinese 404 page carrying a stable code when no 404 page can be read', async () => {
    const store = bucket({});
    const answer = await answerOriginResponse(originResponse('/model-workers/x/index.html', '403'), store.options);
    expect(answer).toMatchObject({ status: '404', body: FALLBACK_NOT_FOUND_PAGE });
    expect(FALLBACK_NOT_FOUND_PAGE).toMatch(/页面不存在[\s\S]*NOT_FOUND/);
    expect(store.problems).toHaveLength(2);
  });

  it('answers with the plain 404 page, without reading anything, when the origin is not a bucket', async () => {
    const store = bucket({ '404.html': PORTAL_404 });
    const answer = await answerOriginResponse(originResponse('/x/index.html', '403', { custom: { domainName: 'union.example' } }), store.options);
    expect(answer).toMatchObject({ status: '404', body: FALLBACK_NOT_FOUND_PAGE });
    expect(store.reads).toEqual([]);
    expect(store.problems).toEqual([{ problem: 'Not an S3 origin: answering with the plain 404 page', details: { distributionId: 'E2EXAMPLE', origin: 'union.example' } }]);
  });
});
