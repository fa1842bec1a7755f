import { API_ERRORS, errorEnvelopeSchema, type ApiErrorCode } from '@union/schemas';
import * as z from 'zod/mini';
import { operations, PATH_PARAMETERS, type OperationDoc } from './operations.ts';

type JsonSchema = Record<string, unknown>;

/** Errors every operation may answer whatever it does. */
const ALWAYS: ApiErrorCode[] = ['INTERNAL'];
/** Errors of reading a JSON body (lib/http.ts parseJsonBody). */
const BODY_ERRORS: ApiErrorCode[] = ['INVALID_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'VALIDATION_FAILED'];
const AUTH_ERRORS: Record<NonNullable<OperationDoc['auth']>, ApiErrorCode[]> = {
  participant: ['TOKEN_INVALID'],
  'participant-if-required': ['PARTICIPANT_REQUIRED', 'TOKEN_INVALID'],
  internal: ['UNAUTHORIZED'],
};

function jsonSchema(schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema {
  // Transforms (phone normalisation) cannot be expressed in JSON Schema; their input side is a string.
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

/** Every error code an operation can answer, in catalogue order. */
export function operationErrors(op: OperationDoc): ApiErrorCode[] {
  const codes = new Set<ApiErrorCode>([
    ...op.errors,
    ...(op.body ? BODY_ERRORS : []),
    ...(op.auth ? AUTH_ERRORS[op.auth] : []),
    ...(op.idempotencyKey ? (['IDEMPOTENCY_KEY_REQUIRED', 'IDEMPOTENCY_KEY_REUSED'] as const) : []),
    ...ALWAYS,
  ]);
  return (Object.keys(API_ERRORS) as ApiErrorCode[]).filter((code) => codes.has(code));
}

function errorResponses(op: OperationDoc): Record<string, unknown> {
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of operationErrors(op)) {
    const { status } = API_ERRORS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, unknown> = {};
  for (const [status, codes] of byStatus) {
    responses[String(status)] = {
      description: codes.map((code) => `${code}: ${API_ERRORS[code].message}`).join('; '),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/ErrorEnvelope' },
              { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: codes } } } } },
            ],
          },
        },
      },
    };
  }
  return responses;
}

function parameters(routePath: string, op: OperationDoc): unknown[] {
  const params: unknown[] = [...routePath.matchAll(/\{(\w+)\}/g)].map(([, name = '']) => {
    const param = PATH_PARAMETERS[name];
    if (!param) throw new Error(`Path parameter {${name}} has no entry in PATH_PARAMETERS`);
    return { name, in: 'path', required: true, description: param.description, schema: jsonSchema(param.schema, 'input') };
  });
  if (op.idempotencyKey) {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description: '客户端为每次操作生成的唯一编号（8–128 位字母、数字、- 或 _）；重试时使用同一编号，返回首次的结果。',
      schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,128}$' },
    });
  }
  return params;
}

function operationObject(routePath: string, op: OperationDoc): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(op.responses)) {
    responses[status] = {
      description: response.description,
      ...(response.headers
        ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) }
        : {}),
      ...(response.schema ? { content: { 'application/json': { schema: jsonSchema(response.schema, 'output') } } } : {}),
    };
  }
  const params = parameters(routePath, op);
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(op.body, 'input') } } } } : {}),
    ...(op.auth === 'participant' ? { security: [{ participantToken: [] }] } : {}),
    // An empty requirement ({}) makes the token optional: the campaign's rules decide.
    ...(op.auth === 'participant-if-required' ? { security: [{ participantToken: [] }, {}] } : {}),
    ...(op.auth === 'internal' ? { security: [{ internalToken: [] }] } : {}),
    responses: { ...responses, ...errorResponses(op) },
  };
}

/** The OpenAPI 3.1 document of the participation API, generated from the route documentation and its zod schemas. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [routeKey, op] of Object.entries(operations) as [string, OperationDoc][]) {
    const [method = '', routePath = ''] = routeKey.split(' ');
    paths[routePath] = { ...paths[routePath], [method.toLowerCase()]: operationObject(routePath, op) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '职工活动参与接口 (participation API)',
      version: '1',
      description:
        'Registrations, verified participants, votes and results of the federation\'s campaigns. Every error is ' +
        '`{"error": {"code", "message", "fields"?, "details"?}}` with a stable code and a Chinese message; unknown ' +
        'paths answer 404 ROUTE_NOT_FOUND and wrong methods 405 METHOD_NOT_ALLOWED.',
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'health' },
      { name: 'participants', description: '手机号验证与参与者令牌' },
      { name: 'registrations', description: '活动报名' },
      { name: 'votes', description: '投票与回执' },
      { name: 'results', description: '投票结果' },
      { name: 'internal', description: 'Called by the CMS only' },
      { name: 'meta' },
    ],
    paths,
    components: {
      schemas: { ErrorEnvelope: jsonSchema(errorEnvelopeSchema, 'output') },
      securitySchemes: {
        participantToken: { type: 'http', scheme: 'bearer', description: 'Participant token from POST /v1/otp/verify (2 hours).' },
        internalToken: { type: 'http', scheme: 'bearer', description: 'INTERNAL_API_TOKEN shared with the CMS.' },
      },
    },
  };
}
