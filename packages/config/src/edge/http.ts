import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import type { CloudFrontResponse, CloudFrontValue, CloudFrontValues, ViewerRequestEvent } from './cloudfront.ts';

export interface NodeRequestParts {
  method: string;
  /** The request target as received: path and query, e.g. `/_mode?elder=on&back=%2F`. */
  url: string;
  headers: IncomingHttpHeaders;
  ip?: string;
}

/** The event CloudFront would hand a viewer-request function for this Node HTTP request. */
export function viewerRequestEvent(parts: NodeRequestParts): ViewerRequestEvent {
  const target = parts.url.split('#', 1)[0] ?? '';
  const queryAt = target.indexOf('?');
  // The URL parser resolves dot segments and keeps percent-escapes, as the uri CloudFront passes on does.
  const uri = new URL(queryAt === -1 ? target : target.slice(0, queryAt), 'http://localhost').pathname;
  const query = queryAt === -1 ? '' : target.slice(queryAt + 1);

  const headers: CloudFrontValues = {};
  for (const [name, value] of Object.entries(parts.headers)) {
    if (name === 'cookie' || value === undefined) continue;
    for (const one of [value].flat()) add(headers, name, one);
  }
  const querystring: CloudFrontValues = {};
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    add(querystring, eq === -1 ? pair : pair.slice(0, eq), eq === -1 ? '' : pair.slice(eq + 1));
  }
  const cookies: CloudFrontValues = {};
  for (const pair of (parts.headers.cookie ?? '').split(';')) {
    const eq = pair.indexOf('=');
    const name = (eq === -1 ? pair : pair.slice(0, eq)).trim();
    if (name !== '') add(cookies, name, eq === -1 ? '' : pair.slice(eq + 1).trim());
  }

  return {
    version: '1.0',
    context: { eventType: 'viewer-request' },
    viewer: { ip: parts.ip ?? '127.0.0.1' },
    request: { method: parts.method, uri, querystring, headers, cookies },
  };
}

function add(values: CloudFrontValues, name: string, value: string) {
  const existing: CloudFrontValue | undefined = values[name];
  if (!existing) {
    values[name] = { value };
    return;
  }
  existing.multiValue ??= [{ value: existing.value }];
  existing.multiValue.push({ value });
}

/** A response a viewer-request function generated, as Node writes it: status, headers with Set-Cookie, body. */
export function nodeResponse(response: CloudFrontResponse): { status: number; statusMessage?: string; headers: OutgoingHttpHeaders; body?: Buffer } {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    headers[name] = header.multiValue ? header.multiValue.map((h) => h.value) : header.value;
  }
  const setCookie = Object.entries(response.cookies ?? {}).flatMap(([name, cookie]) =>
    (cookie.multiValue ?? [cookie]).map((one) => `${name}=${one.value}${one.attributes ? `; ${one.attributes}` : ''}`),
  );
  if (setCookie.length > 0) headers['set-cookie'] = setCookie;
  let body: Buffer | undefined;
  if (typeof response.body === 'string') body = Buffer.from(response.body, 'utf8');
  else if (response.body) body = Buffer.from(response.body.data, response.body.encoding === 'base64' ? 'base64' : 'utf8');
  // Even an empty body has a length, so a redirect is not sent chunked.
  headers['content-length'] = body?.length ?? 0;
  return { status: response.statusCode, ...(response.statusDescription ? { statusMessage: response.statusDescription } : {}), headers, ...(body ? { body } : {}) };
}
