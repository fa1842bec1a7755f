import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { MOBILE_PATTERN, normalizePhone } from '@union/schemas';
import { errorResponse, json, type HttpHandler, type HttpResult } from './lib/http.ts';
import { createRouter } from './lib/routing.ts';
import { fallbackRoute, routes, type HandlerName } from './routes.ts';

// Explicit imports (not a computed path) so a handler missing for a route is a type error.
const handlerModules: Record<HandlerName, () => Promise<{ handler: HttpHandler }>> = {
  health: () => import('./handlers/health.ts'),
  'get-openapi': () => import('./handlers/get-openapi.ts'),
  'create-registration': () => import('./handlers/create-registration.ts'),
  'cancel-registration': () => import('./handlers/cancel-registration.ts'),
  'check-in-registration': () => import('./handlers/check-in-registration.ts'),
  'list-registrations': () => import('./handlers/list-registrations.ts'),
  'get-me': () => import('./handlers/get-me.ts'),
  'delete-me': () => import('./handlers/delete-me.ts'),
  'send-otp': () => import('./handlers/send-otp.ts'),
  'verify-otp': () => import('./handlers/verify-otp.ts'),
  'get-participant': () => import('./handlers/get-participant.ts'),
  'put-campaign-rules': () => import('./handlers/put-campaign-rules.ts'),
  'delete-campaign-rules': () => import('./handlers/delete-campaign-rules.ts'),
  'create-vote': () => import('./handlers/create-vote.ts'),
  'get-vote': () => import('./handlers/get-vote.ts'),
  'get-results': () => import('./handlers/get-results.ts'),
  'get-candidate-results': () => import('./handlers/get-candidate-results.ts'),
  'void-vote': () => import('./handlers/void-vote.ts'),
  'get-vote-flags': () => import('./handlers/get-vote-flags.ts'),
  'route-not-found': () => import('./handlers/route-not-found.ts'),
};

/** API Gateway refuses request payloads over 10 MB before any Lambda runs; so does the local server. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

/** Content types API Gateway passes as text; any other body arrives base64-encoded. */
const TEXT_CONTENT_TYPE =
  /^(?:text\/|application\/(?:json|xml|javascript|x-www-form-urlencoded|[\w.+-]+\+(?:json|xml))\b)/i;

/** One HTTP request as the local server received it, before it becomes a Lambda event. */
export interface LocalRequest {
  method: string;
  /** Path and query string, as on the request line. */
  url: string;
  /** Lower-cased names, every value received (Node's `headersDistinct`). */
  headers: Record<string, string[] | undefined>;
  body: Buffer;
  sourceIp: string;
  routeKey: string;
  pathParameters?: Record<string, string>;
  requestId?: string;
  now?: Date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// API Gateway's CLF-style requestContext.time, e.g. 12/Mar/2020:19:03:58 +0000.
function clfTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** Builds the API Gateway HTTP API payload v2 event API Gateway would send for this request. */
export function toHttpApiEvent(request: LocalRequest): APIGatewayProxyEventV2 {
  const now = request.now ?? new Date();
  const queryStart = request.url.indexOf('?');
  const rawPath = queryStart === -1 ? request.url : request.url.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : request.url.slice(queryStart + 1);

  // API Gateway joins repeated headers and query parameters with commas; cookies get their own field.
  const headers: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.headers)) {
    if (values && name !== 'cookie') headers[name.toLowerCase()] = values.join(',');
  }
  const cookies = (request.headers.cookie ?? [])
    .flatMap((value) => value.split(';'))
    .map((c) => c.trim())
    .filter(Boolean);

  const queryStringParameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    queryStringParameters[name] = name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
  }

  const isText = TEXT_CONTENT_TYPE.test(headers['content-type'] ?? '');
  const hasBody = request.body.byteLength > 0;
  const host = headers.host ?? 'localhost';

  return {
    version: '2.0',
    routeKey: request.routeKey,
    rawPath,
    rawQueryString,
    ...(cookies.length > 0 ? { cookies } : {}),
    headers,
    ...(Object.keys(queryStringParameters).length > 0 ? { queryStringParameters } : {}),
    ...(request.pathParameters && Object.keys(request.pathParameters).length > 0
      ? { pathParameters: request.pathParameters }
      : {}),
    requestContext: {
      accountId: 'anonymous',
      apiId: 'local',
      domainName: host,
      domainPrefix: host.split('.')[0] ?? host,
      http: {
        method: request.method.toUpperCase(),
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: request.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: request.requestId ?? randomUUID(),
      routeKey: request.routeKey,
      stage: '$default',
      time: clfTime(now),
      timeEpoch: now.getTime(),
    },
    ...(hasBody ? { body: request.body.toString(isText ? 'utf8' : 'base64') } : {}),
    isBase64Encoded: hasBody && !isText,
  };
}

function lambdaContext(functionName: string, awsRequestId: string): Context {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '256',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function writeResult(res: ServerResponse, result: HttpResult, requestId?: string): void {
  const body = result.body === undefined ? undefined : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8');
  res.statusCode = result.statusCode ?? 200;
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, String(value));
  if (result.cookies?.length) res.setHeader('set-cookie', result.cookies);
  // API Gateway adds this header to every response; it ties a response to the logs.
  if (requestId) res.setHeader('apigw-requestid', requestId);
  if (body) res.setHeader('content-length', body.byteLength);
  res.end(body);
}

/**
 * Dev-only: the last one-time code the local SMS provider "sent" to a phone. Served by the local
 * server only, and only when STAGE=local; it is not in the route table, so it never becomes a Lambda.
 */
export const DEV_OTP_PATH = '/v1/dev/otp';

async function devOtp(method: string, url: string): Promise<HttpResult> {
  if (method.toUpperCase() !== 'GET') return errorResponse('METHOD_NOT_ALLOWED', {}, { headers: { allow: 'GET' } });
  const [{ env }, { phoneHash }, { lastLocalMessage }] = await Promise.all([
    import('./env.ts'),
    import('./lib/phone-hash.ts'),
    import('./lib/sms.ts'),
  ]);
  const phone = normalizePhone(new URL(url, 'http://localhost').searchParams.get('phone') ?? '');
  if (!MOBILE_PATTERN.test(phone)) {
    return errorResponse('VALIDATION_FAILED', { fields: [{ field: 'phone', message: '请输入正确的 11 位手机号' }] });
  }
  const code = /\d{6}/.exec(lastLocalMessage(phoneHash(phone, env.PHONE_HASH_KEY)) ?? '')?.[0];
  if (!code) return errorResponse('ROUTE_NOT_FOUND', { message: '没有发给该号码的验证码' });
  return json(200, { code });
}

export interface LocalServer {
  /** Base URL, e.g. http://127.0.0.1:8787 (the real port when started on port 0). */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the API's handlers over HTTP as API Gateway would: each request becomes a payload v2 event
 * for the handler its route names, and unmatched requests go to the `$default` handler.
 * Handlers read their configuration from the environment when first loaded (here, before listening).
 */
export async function startLocalServer({
  port = 8787,
  host = '127.0.0.1',
  pollStream = true,
}: {
  port?: number;
  host?: string;
  /** Run the tally on the table's stream (only against DynamoDB Local, where no event source mapping does it). */
  pollStream?: boolean;
} = {}): Promise<LocalServer> {
  const loaded = Object.fromEntries(
    await Promise.all(
      Object.entries(handlerModules).map(async ([name, load]) => [name, (await load()).handler] as const),
    ),
  ) as Record<HandlerName, HttpHandler>;
  const match = createRouter(routes);
  const { env } = await import('./env.ts');
  const serveDevRoutes = env.STAGE === 'local';

  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (!body) {
        writeResult(res, errorResponse('PAYLOAD_TOO_LARGE'));
        return;
      }
      const url = req.url ?? '/';
      if (serveDevRoutes && url.split('?')[0] === DEV_OTP_PATH) {
        writeResult(res, await devOtp(req.method ?? 'GET', url));
        return;
      }
      const found = match(req.method ?? 'GET', url.split('?')[0] ?? '/');
      const route = found.kind === 'found' ? found.route : fallbackRoute;
      const requestId = randomUUID();
      const event = toHttpApiEvent({
        method: req.method ?? 'GET',
        url,
        headers: req.headersDistinct,
        body,
        sourceIp: (req.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        routeKey: route.routeKey,
        ...(found.kind === 'found' ? { pathParameters: found.pathParameters } : {}),
        requestId,
      });
      writeResult(res, await loaded[route.handler](event, lambdaContext(route.handler, requestId)), requestId);
    } catch (error) {
      // Handlers answer their own errors; reaching this is a bug in the local server itself.
      console.error('Local server failed to handle a request', error);
      if (!res.headersSent) writeResult(res, errorResponse('INTERNAL'));
      else res.destroy();
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const poller = pollStream && env.DYNAMODB_ENDPOINT ? await startTallyPoller(env.DYNAMODB_ENDPOINT) : undefined;
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}`,
    close: async () => {
      await poller?.stop();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      });
    },
  };
}

/**
 * The local stand-in for the tally's event source mapping: polls the table's stream and hands batches
 * to the same tally-votes handler the Lambda runs (see lib/stream-poller.ts).
 */
async function startTallyPoller(endpoint: string) {
  const [{ env }, { createDynamoClient }, { startStreamPoller }, { handler }, { logger }] = await Promise.all([
    import('./env.ts'),
    import('./lib/dynamodb.ts'),
    import('./lib/stream-poller.ts'),
    import('./handlers/tally-votes.ts'),
    import('./lib/logger.ts'),
  ]);
  const dynamo = createDynamoClient({ region: env.AWS_REGION, endpoint });
  const poller = startStreamPoller({
    dynamo,
    tableName: env.TABLE_NAME,
    region: env.AWS_REGION,
    endpoint,
    handler,
    onError: (error) => logger.error('Tally batch failed; it will be delivered again', { error: error instanceof Error ? error : new Error(String(error)) }),
  });
  return {
    async stop() {
      await poller.stop();
      dynamo.destroy();
    },
  };
}

async function main(): Promise<void> {
  const { env } = await import('./env.ts');
  if (env.STAGE === 'local' && env.DYNAMODB_ENDPOINT) {
    // Convenience for `npm run dev`: the table is created on first start against DynamoDB Local.
    const [{ createDynamoClient }, { createTables }] = await Promise.all([
      import('./lib/dynamodb.ts'),
      import('./lib/tables.ts'),
    ]);
    await createTables(createDynamoClient({ region: env.AWS_REGION, endpoint: env.DYNAMODB_ENDPOINT }), env.TABLE_NAME);
  } else if (env.STAGE === 'local') {
    console.warn('DYNAMODB_ENDPOINT is not set: requests will go to DynamoDB in AWS region', env.AWS_REGION);
  }
  const server = await startLocalServer({ port: env.PORT, host: '127.0.0.1' });
  console.log(`Participation API listening on ${server.url} (table ${env.TABLE_NAME})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void server.close().finally(() => process.exit(0));
    });
  }
}

// import.meta.main needs Node >= 24.2 (or 22.18); the argv check keeps `tsx src/local-server.ts` working on older ones.
const isMain =
  import.meta.main ?? (process.argv[1] !== undefined && pathToFileURL(realpathSync(process.argv[1])).href === import.meta.url);
if (isMain) await main();
