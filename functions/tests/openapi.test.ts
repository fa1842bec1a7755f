import { readFile } from 'node:fs/promises';
import { Validator } from '@seriousme/openapi-schema-validator';
import { API_ERRORS, healthResponseSchema, type ApiErrorCode } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationErrors } from '../src/openapi/document.ts';
import { operations, type OperationDoc } from '../src/openapi/operations.ts';
import { routes } from '../src/routes.ts';
import { startTestApi, type TestApi } from './support/test-api.ts';

let api: TestApi;
let document: Record<string, unknown>;

beforeAll(async () => {
  api = await startTestApi();
  const res = await api.request('GET', '/v1/openapi.json');
  expect(res.status).toBe(200);
  document = (await res.json()) as Record<string, unknown>;
});
afterAll(async () => {
  await api?.close();
});

const handlerSource = (handler: string) => readFile(new URL(`../src/handlers/${handler}.ts`, import.meta.url), 'utf8');

describe('GET /v1/openapi.json', () => {
  it('serves a valid OpenAPI 3.1 document, cacheable by the CDN', async () => {
    const res = await api.request('GET', '/v1/openapi.json');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('documents every route of the route table, under its path and method', () => {
    const paths = document.paths as Record<string, Record<string, { operationId: string }>>;
    for (const { routeKey } of routes) {
      const [method = '', path = ''] = routeKey.split(' ');
      expect(paths[path]?.[method.toLowerCase()]?.operationId, routeKey).toBe(operations[routeKey].operationId);
    }
    const ids = routes.map((r) => operations[r.routeKey].operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists each error a handler throws itself, with the status the catalogue gives it', async () => {
    const paths = document.paths as Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
    for (const { routeKey, handler } of routes) {
      const op: OperationDoc = operations[routeKey];
      const documented = operationErrors(op);
      const source = await handlerSource(handler);
      const thrown = [...source.matchAll(/(?:HttpError|errorResponse)\('([A-Z_]+)'/g)].map(([, code]) => code as ApiErrorCode);
      for (const code of thrown) expect(documented, `${routeKey} throws ${code}`).toContain(code);
      // What the shared request helpers throw follows from the flags.
      if (source.includes('parseJsonBody(')) expect(op.body, `${routeKey} reads a body`).toBeDefined();
      if (source.includes('pathSlug(')) expect(documented, routeKey).toContain('CAMPAIGN_NOT_FOUND');
      if (source.includes('requireBearerToken(')) expect(op.auth, routeKey).toBe('internal');
      if (source.includes('requireParticipant(')) expect(op.auth, routeKey).toMatch(/^participant/);

      const [method = '', path = ''] = routeKey.split(' ');
      const responses = paths[path]?.[method.toLowerCase()]?.responses ?? {};
      for (const code of documented) {
        expect(responses[String(API_ERRORS[code].status)]?.description, `${routeKey} ${code}`).toContain(code);
      }
    }
  });

  it('describes request bodies with the validating schema, so the documented limits are the enforced ones', () => {
    const paths = document.paths as Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Record<string, unknown> }> } }>>;
    const schema = paths['/v1/campaigns/{slug}/registrations']?.post?.requestBody?.content['application/json']?.schema;
    expect(schema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: expect.arrayContaining(['name', 'phone', 'workUnit', 'consent']),
      properties: { name: { type: 'string', maxLength: 32 } },
    });
  });

  it('matches what the API answers (health)', async () => {
    const res = await api.request('GET', '/v1/health');
    expect(healthResponseSchema.safeParse(await res.json()).success).toBe(true);
  });
});
