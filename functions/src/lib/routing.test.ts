import { describe, expect, it } from 'vitest';
import { routes } from '../routes.ts';
import { createRouter } from './routing.ts';

const match = createRouter(routes);

describe('createRouter', () => {
  it('finds a route and decodes its path parameters', () => {
    expect(match('POST', '/v1/campaigns/reading-2026/registrations')).toEqual({
      kind: 'found',
      route: { routeKey: 'POST /v1/campaigns/{slug}/registrations', handler: 'create-registration' },
      pathParameters: { slug: 'reading-2026' },
    });
    expect(match('put', '/v1/internal/campaigns/%E8%AF%BB%E4%B9%A6')).toMatchObject({ kind: 'found', pathParameters: { slug: '读书' } });
  });

  it('reports the allowed methods of a known path', () => {
    expect(match('PATCH', '/v1/internal/campaigns/x')).toEqual({ kind: 'method-not-allowed', allow: ['PUT', 'DELETE'] });
  });

  it('does not let a parameter span segments', () => {
    expect(match('POST', '/v1/campaigns/a/b/registrations')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/v1/health/')).toEqual({ kind: 'not-found' });
  });

  it('supports greedy parameters and ANY', () => {
    const m = createRouter([{ routeKey: 'ANY /files/{path+}', handler: 'files' }]);
    expect(m('DELETE', '/files/a/b.txt')).toMatchObject({ kind: 'found', pathParameters: { path: 'a/b.txt' } });
  });
});

describe('routes', () => {
  it('names each route key once', () => {
    const keys = routes.map((r) => r.routeKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/v1\/\S+$/);
  });
});
