import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import {
  API_ERRORS,
  MAX_BODY_BYTES,
  campaignSlug,
  errorEnvelope,
  fieldErrors,
  type ApiErrorCode,
  type ErrorOptions,
} from '@union/schemas';
import type * as z from 'zod/mini';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;
export type HttpHandler = (event: HttpEvent, context: Context) => Promise<HttpResult>;

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

interface ResponseOptions {
  /** Defaults to no-store: writes, errors and personal answers must never sit in a shared cache. */
  cacheControl?: string;
  headers?: Record<string, string>;
}

function baseHeaders({ cacheControl = 'no-store', headers = {} }: ResponseOptions): Record<string, string> {
  return { 'cache-control': cacheControl, 'x-content-type-options': 'nosniff', ...headers };
}

/** A JSON response with the API's standard headers. */
export function json(statusCode: number, body: unknown, options: ResponseOptions = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': JSON_CONTENT_TYPE, ...baseHeaders(options) },
    body: JSON.stringify(body),
  };
}

/** 204: success without a body. */
export function noContent(options: ResponseOptions = {}): HttpResult {
  return { statusCode: 204, headers: baseHeaders(options) };
}

/** The error envelope for `code`, with the status that code always carries. */
export function errorResponse(
  code: ApiErrorCode,
  details: ErrorOptions = {},
  options: ResponseOptions = {},
): HttpResult {
  return json(API_ERRORS[code].status, errorEnvelope(code, details), options);
}

/**
 * Thrown by request checks and handlers to answer with an error envelope; `httpHandler` turns it into
 * the response. Anything else thrown is a bug or an outage and becomes a logged 500.
 */
export class HttpError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly details: ErrorOptions = {},
    readonly responseOptions: ResponseOptions = {},
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

/**
 * Wraps a handler body with the API's error handling: HttpError → its envelope, anything else → 500,
 * logged with the request ids (never with the body, which may hold personal data).
 */
export function httpHandler(logger: Logger, fn: (event: HttpEvent) => Promise<HttpResult>): HttpHandler {
  return async (event, context) => {
    try {
      return await fn(event);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error.code, error.details, error.responseOptions);
      logger.error('Unhandled error', {
        requestId: event.requestContext?.requestId,
        lambdaRequestId: context?.awsRequestId,
        routeKey: event.routeKey,
        error: error instanceof Error ? error : new Error(String(error)),
      });
      return errorResponse('INTERNAL');
    }
  };
}

/** A request header; API Gateway and the local server both lower-case header names. */
export function header(event: HttpEvent, name: string): string | undefined {
  return event.headers?.[name.toLowerCase()];
}

/**
 * The address of the client a request comes from. Behind CloudFront, API Gateway's source IP is an edge
 * server shared by many people, so CloudFront's `CloudFront-Viewer-Address` (`<ip>:<port>`, IPv6 too)
 * wins when present. A caller reaching the execute-api endpoint directly could set that header itself:
 * use the result for limits that only need to be fair, never for authorization.
 */
export function clientAddress(event: HttpEvent): string {
  const viewer = header(event, 'cloudfront-viewer-address')?.trim();
  const ip = viewer ? /^(.+):\d+$/.exec(viewer)?.[1] : undefined;
  return ip || event.requestContext.http.sourceIp;
}

/** The `{slug}` path parameter, or 404 CAMPAIGN_NOT_FOUND when it cannot name a campaign. */
export function pathSlug(event: HttpEvent): string {
  const result = campaignSlug.safeParse(event.pathParameters?.slug);
  if (!result.success) throw new HttpError('CAMPAIGN_NOT_FOUND');
  return result.data;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Checks `Authorization: Bearer <token>` in constant time; 401 UNAUTHORIZED otherwise. */
export function requireBearerToken(event: HttpEvent, expected: string): void {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header(event, 'authorization') ?? '');
  // Comparing fixed-length digests keeps the comparison constant-time even when lengths differ.
  if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(expected))) throw new HttpError('UNAUTHORIZED');
}

function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  const [mediaType = '', ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  // JSON is UTF-8 (RFC 8259); a body declared in another charset would be misread, so refuse it.
  const charset = params.find((p) => p.startsWith('charset='))?.slice('charset='.length).replace(/^"|"$/g, '');
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/**
 * Reads a JSON request body and validates it with `schema`, in the order every handler shares:
 * 415 (not application/json) → 413 (over `maxBytes`, MAX_BODY_BYTES unless the route says otherwise,
 * by Content-Length or decoded size) → 400 (not JSON) → 422 (schema issues as Chinese field messages).
 */
export function parseJsonBody<S extends z.ZodMiniType>(event: HttpEvent, schema: S, { maxBytes = MAX_BODY_BYTES } = {}): z.output<S> {
  if (!isJsonContentType(header(event, 'content-type'))) throw new HttpError('UNSUPPORTED_MEDIA_TYPE');
  const declaredLength = Number(header(event, 'content-length') ?? 0);
  if (declaredLength > maxBytes) throw new HttpError('PAYLOAD_TOO_LARGE');
  const bytes = Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
  if (bytes.byteLength > maxBytes) throw new HttpError('PAYLOAD_TOO_LARGE');

  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new HttpError('INVALID_JSON');
  }
  const result = schema.safeParse(data);
  if (!result.success) throw new HttpError('VALIDATION_FAILED', { fields: fieldErrors(result.error.issues) });
  return result.data;
}
