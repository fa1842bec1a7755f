/*
 * Each site's own 404 page in AWS, as the local static server answers a miss (scripts/lib/static-server.ts):
 * a missing page under a site's base path gets that site's `<basePath>404.html` with status 404, any other
 * path the portal's `/404.html`. infra's NotFoundPages runs this as a Lambda@Edge origin-response function
 * on the distribution's behaviour for the pages (not on the API's); the handler there only adds the S3 reads.
 *
 * Why this and not something simpler:
 * - CloudFront custom error responses belong to the whole distribution: one page for every path, and the
 *   API behind /v1/* would have its own 403 and 404 answers (JSON with a stable code) replaced too. They
 *   are also matched against the status an origin-response function returns, so one for 404 would put the
 *   portal's page back over a microsite's. The distribution therefore has none.
 * - CloudFront Functions cannot do it: they never see an origin's 4xx (viewer-response functions are not
 *   run for them) and cannot read S3.
 * - An origin-response function runs on every answer S3 gives, 4xx included, before CloudFront caches it,
 *   and may replace it. CloudFront does not pass it the origin's body, so the page is read from the bucket.
 * CloudFront caches the 404 it returns like any origin error, for the s-maxage it carries.
 */

/** One header as Lambda@Edge passes it; the map holding it is keyed by the lower-case name. */
export interface EdgeHeader {
  key?: string;
  value: string;
}

export type EdgeHeaders = Record<string, EdgeHeader[]>;

/** An S3 origin as a Lambda@Edge event describes it in `request.origin.s3`. */
export interface EdgeS3Origin {
  domainName: string;
  region?: string;
  authMethod?: string;
  path?: string;
}

/** A response as Lambda@Edge passes it to an origin-response function and takes it back. */
export interface EdgeResponse {
  status: string;
  statusDescription?: string;
  headers: EdgeHeaders;
  body?: string;
  bodyEncoding?: 'text' | 'base64';
}

/** The event of a Lambda@Edge origin-response function (the parts this module reads). */
export interface OriginResponseEvent {
  Records: Array<{
    cf: {
      config: { eventType: 'origin-response'; distributionDomainName?: string; distributionId?: string };
      request: {
        /** The path CloudFront asked the origin for, after the viewer-request function (percent-escapes kept). */
        uri: string;
        method: string;
        origin?: { s3?: EdgeS3Origin; custom?: { domainName: string } };
      };
      response: EdgeResponse;
    };
  }>;
}

/** Where one 404 page lies. */
export interface PageLocation {
  bucket: string;
  region: string;
  key: string;
}

export interface OriginResponseOptions {
  /** Base paths of the sites in the bucket (`/`, `/model-workers/`), each also its key prefix. */
  basePaths: readonly string[];
  /** Reads one object as UTF-8 text; undefined when it is not there (or not readable, which S3 cannot tell apart). */
  readPage(location: PageLocation): Promise<string | undefined>;
  /** Told about every 404 page that could not be used, before the next one is tried. */
  report(problem: string, details: Record<string, unknown>): void;
}

/** Key of the portal's 404 page, the one for every path outside the microsites. */
export const ROOT_NOT_FOUND_KEY = '404.html';

/**
 * Cache-Control of the 404 answers: browsers ask again each time (as for the local server's no-cache),
 * CloudFront keeps an answer for a minute, so a page published under a missing path shows up soon.
 */
export const NOT_FOUND_CACHE_CONTROL = 'max-age=0, s-maxage=60';

/**
 * Largest 404 page the function returns. Lambda@Edge caps a response an origin-response function
 * generates at 1 MB with its headers; this leaves 16 KB of that for them.
 */
export const NOT_FOUND_PAGE_MAX_BYTES = 1_000_000 - 16_384;

/** Shown when no 404 page of the bucket can be used: a plain page, with the stable code for programs. */
export const FALLBACK_NOT_FOUND_PAGE =
  '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>页面不存在</title></head><body><h1>页面不存在</h1><p>您访问的页面不存在或已经移除。（NOT_FOUND）</p><p><a href="/">返回首页</a></p></body></html>';

/** The base path a request path falls under: the longest one it starts with, `/` (the portal) when none does. */
export function siteBasePathOf(uri: string, basePaths: readonly string[]): string {
  return [...basePaths].sort((a, b) => b.length - a.length).find((basePath) => uri.startsWith(basePath)) ?? '/';
}

/** Bucket keys of the 404 pages for a miss at this path, in the order to try them: its own site's, then the portal's. */
export function notFoundPageKeys(uri: string, basePaths: readonly string[]): string[] {
  const own = notFoundPageKey(siteBasePathOf(uri, basePaths));
  return own === ROOT_NOT_FOUND_KEY ? [own] : [own, ROOT_NOT_FOUND_KEY];
}

/** Every key the function may read for these sites: what its role is granted, and nothing more. */
export function allNotFoundPageKeys(basePaths: readonly string[]): string[] {
  return [...new Set([ROOT_NOT_FOUND_KEY, ...basePaths.map(notFoundPageKey)])].sort();
}

function notFoundPageKey(basePath: string): string {
  return `${basePath.slice(1)}${ROOT_NOT_FOUND_KEY}`;
}

/**
 * Whether S3's answer means the page is not there. Through origin access control, without s3:ListBucket,
 * S3 answers a missing key with 403 rather than 404; both count.
 */
export function isMissingPage(status: string | number): boolean {
  return String(status) === '403' || String(status) === '404';
}

/**
 * The bucket and region of an S3 origin, read from its domain name (`<bucket>.s3.<region>.amazonaws.com`,
 * as CDK's S3 origins give it); undefined for an origin that is not an S3 bucket.
 */
export function s3PageLocation(origin: EdgeS3Origin | undefined): { bucket: string; region: string } | undefined {
  if (!origin) return undefined;
  const match = /^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-]([a-z]{2}(?:-[a-z]+)+-\d))?\.amazonaws\.com(?:\.cn)?$/.exec(origin.domainName);
  if (!match) return undefined;
  const [, bucket, domainRegion] = match as unknown as [string, string, string | undefined];
  // The global endpoint `<bucket>.s3.amazonaws.com` names no region: only us-east-1 buckets answer there without a redirect.
  return { bucket, region: origin.region || domainRegion || 'us-east-1' };
}

/**
 * S3's error answer turned into a 404 carrying this page. Headers about S3's own (XML) body go; the
 * others stay, since an origin-response function may not remove the read-only ones (Transfer-Encoding, Via).
 */
export function notFoundResponse(origin: EdgeResponse, page: string): EdgeResponse {
  const headers: EdgeHeaders = {};
  for (const [name, values] of Object.entries(origin.headers)) {
    if (!BODY_HEADERS.has(name)) headers[name] = values;
  }
  headers['content-type'] = [{ key: 'Content-Type', value: 'text/html; charset=utf-8' }];
  headers['cache-control'] = [{ key: 'Cache-Control', value: NOT_FOUND_CACHE_CONTROL }];
  return { status: '404', statusDescription: 'Not Found', headers, body: page, bodyEncoding: 'text' };
}

const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding', 'content-md5', 'etag', 'last-modified', 'cache-control', 'expires', 'age']);

/**
 * The origin-response function: S3's answer unchanged, unless it says the page is missing; then the 404
 * page of the site the path falls under (or the portal's, or a plain one when neither can be read).
 */
export async function answerOriginResponse(event: OriginResponseEvent, options: OriginResponseOptions): Promise<EdgeResponse> {
  const record = event.Records[0];
  if (!record) throw new Error('An origin-response event without a record');
  const { config, request, response } = record.cf;
  if (!isMissingPage(response.status)) return response;

  const origin = s3PageLocation(request.origin?.s3);
  if (!origin) {
    // The domain name only: an origin's custom headers may carry a secret.
    const domainName = request.origin?.s3?.domainName ?? request.origin?.custom?.domainName;
    options.report('Not an S3 origin: answering with the plain 404 page', { distributionId: config.distributionId, origin: domainName });
    return notFoundResponse(response, FALLBACK_NOT_FOUND_PAGE);
  }
  for (const key of notFoundPageKeys(request.uri, options.basePaths)) {
    const where = { distributionId: config.distributionId, bucket: origin.bucket, key };
    try {
      const page = await options.readPage({ ...origin, key });
      if (page === undefined) {
        options.report('404 page missing or not readable', where);
        continue;
      }
      const bytes = new TextEncoder().encode(page).length;
      if (bytes > NOT_FOUND_PAGE_MAX_BYTES) {
        options.report('404 page too large for a Lambda@Edge response', { ...where, bytes });
        continue;
      }
      return notFoundResponse(response, page);
    } catch (error) {
      options.report('404 page could not be read', { ...where, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
  }
  return notFoundResponse(response, FALLBACK_NOT_FOUND_PAGE);
}
