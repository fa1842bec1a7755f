import { errorEnvelopeSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_TOKEN, openRules, startTestApi, uniqueSlug, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = errorEnvelopeSchema.parse(await res.json());
  expect(body.error.code).toBe(code);
  return body;
}

async function storedRules(slug: string) {
  return (await api.scan()).find((item) => item.pk === `CAMPAIGN#${slug}` && item.sk === 'RULES');
}

describe('PUT /v1/internal/campaigns/{slug}', () => {
  it('stores a snapshot and answers 200 with it', async () => {
    const rules = openRules(uniqueSlug('rules'));

    const res = await api.putRules(rules);

    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ campaign: rules });
    expect((await storedRules(rules.slug))?.rules).toEqual(rules);
  });

  it('answers 401 without a token and stores nothing', async () => {
    const rules = openRules(uniqueSlug('rules'));
    const res = await api.request('PUT', `/v1/internal/campaigns/${rules.slug}`, { body: rules });
    await expectError(res, 401, 'UNAUTHORIZED');
    expect(await storedRules(rules.slug)).toBeUndefined();
  });

  it.each([
    ['a wrong token', `Bearer ${INTERNAL_TOKEN}x`],
    ['a token prefix', `Bearer ${INTERNAL_TOKEN.slice(0, -1)}`],
    ['another scheme', `Basic ${INTERNAL_TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 to %s and stores nothing', async (_label, authorization) => {
    const rules = openRules(uniqueSlug('rules'));
    const res = await api.request('PUT', `/v1/internal/campaigns/${rules.slug}`, { body: rules, headers: { authorization } });
    await expectError(res, 401, 'UNAUTHORIZED');
    expect(await storedRules(rules.slug)).toBeUndefined();
  });

  it('refuses a snapshot older than the stored one with 409 STALE_RULES and keeps the newer one', async () => {
    const slug = uniqueSlug('rules');
    const newer = openRules(slug, { title: '新标题', updatedAt: '2026-03-02T10:00:00+08:00' });
    const older = openRules(slug, { title: '旧标题', updatedAt: '2026-03-02T01:59:59Z' });
    expect((await api.putRules(newer)).status).toBe(200);

    await expectError(await api.putRules(older), 409, 'STALE_RULES');

    expect((await storedRules(slug))?.rules).toMatchObject({ title: '新标题' });
  });

  it('accepts the same updatedAt again (a retry) and a newer one', async () => {
    const slug = uniqueSlug('rules');
    const first = openRules(slug, { updatedAt: '2026-03-02T10:00:00+08:00' });
    expect((await api.putRules(first)).status).toBe(200);
    // The same instant written with another offset is still the same version.
    expect((await api.putRules({ ...first, updatedAt: '2026-03-02T02:00:00Z' })).status).toBe(200);

    const newer = openRules(slug, { title: '更新后', updatedAt: '2026-03-02T10:00:01+08:00' });
    expect((await api.putRules(newer)).status).toBe(200);
    expect((await storedRules(slug))?.rules).toMatchObject({ title: '更新后' });
  });

  it('answers 422 when the body slug differs from the path and stores nothing', async () => {
    const pathSlug = uniqueSlug('rules');
    const res = await api.putRules(openRules(uniqueSlug('other')), { slug: pathSlug });
    const body = await expectError(res, 422, 'VALIDATION_FAILED');
    expect(body.error.fields).toEqual([{ field: 'slug', message: '活动标识与请求路径不一致' }]);
    expect(await storedRules(pathSlug)).toBeUndefined();
  });

  it('answers 422 with field errors for an invalid snapshot', async () => {
    const slug = uniqueSlug('rules');
    const res = await api.request('PUT', `/v1/internal/campaigns/${slug}`, {
      body: { ...openRules(slug), kind: 'chess-club', updatedAt: 'yesterday' },
      headers: { authorization: `Bearer ${INTERNAL_TOKEN}` },
    });
    const body = await expectError(res, 422, 'VALIDATION_FAILED');
    expect(body.error.fields?.map((f) => f.field).sort()).toEqual(['kind', 'updatedAt']);
    expect(await storedRules(slug)).toBeUndefined();
  });

  it('checks the token before reading the body', async () => {
    const res = await api.request('PUT', `/v1/internal/campaigns/${uniqueSlug('rules')}`, {
      rawBody: 'not json',
      headers: { 'content-type': 'text/plain' },
    });
    await expectError(res, 401, 'UNAUTHORIZED');
  });
});

describe('DELETE /v1/internal/campaigns/{slug}', () => {
  it('removes the snapshot and answers 204 without a body', async () => {
    const rules = openRules(uniqueSlug('rules'));
    expect((await api.putRules(rules)).status).toBe(200);

    const res = await api.deleteRules(rules.slug);

    expect(res.status).toBe(204);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('');
    expect(await storedRules(rules.slug)).toBeUndefined();
  });

  it('answers 204 for a campaign that has no snapshot', async () => {
    expect((await api.deleteRules(uniqueSlug('gone'))).status).toBe(204);
  });

  it('answers 401 with a wrong token and keeps the snapshot', async () => {
    const rules = openRules(uniqueSlug('rules'));
    expect((await api.putRules(rules)).status).toBe(200);

    await expectError(await api.deleteRules(rules.slug, 'wrong-token'), 401, 'UNAUTHORIZED');

    expect(await storedRules(rules.slug)).toBeDefined();
  });
});
