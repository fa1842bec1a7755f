/*
 * The shapes CloudFront Functions hand to and take from a function (event structure 1.0):
 * https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/functions-event-structure.html
 */

/** One query parameter, header or cookie; `multiValue` (the first repeated in `value`) only when the name appears more than once. */
export interface CloudFrontValue {
  value: string;
  multiValue?: Array<{ value: string }>;
}

export type CloudFrontValues = Record<string, CloudFrontValue>;

export interface CloudFrontRequest {
  method: string;
  /** The path as the viewer sent it, percent-escapes kept, without the query string. */
  uri: string;
  /** Names and values as the viewer sent them (not percent-decoded). */
  querystring: CloudFrontValues;
  /** Lower-case names; never `cookie` (that is `cookies`). */
  headers: CloudFrontValues;
  cookies: CloudFrontValues;
}

export interface CloudFrontSetCookie {
  value: string;
  attributes?: string;
}

export interface CloudFrontResponse {
  statusCode: number;
  statusDescription?: string;
  headers?: CloudFrontValues;
  /** Each becomes one `Set-Cookie: <name>=<value>; <attributes>`. */
  cookies?: Record<string, CloudFrontSetCookie & { multiValue?: CloudFrontSetCookie[] }>;
  body?: string | { data: string; encoding: 'text' | 'base64' };
}

export interface ViewerRequestEvent {
  version: '1.0';
  context: { eventType: 'viewer-request'; distributionDomainName?: string; distributionId?: string; requestId?: string };
  viewer: { ip: string };
  request: CloudFrontRequest;
}

/** What a viewer-request function decided: pass the (maybe changed) request on, or answer itself. */
export type ViewerRequestOutcome = { kind: 'request'; request: CloudFrontRequest } | { kind: 'response'; response: CloudFrontResponse };
