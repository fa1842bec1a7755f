import type { Route } from '../routes.ts';

export type RouteMatch<R extends Route> =
  | { kind: 'found'; route: R; pathParameters: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

interface CompiledRoute<R extends Route> {
  route: R;
  method: string;
  pattern: RegExp;
  params: string[];
}

function compile<R extends Route>(route: R): CompiledRoute<R> {
  const [method = '', path = ''] = route.routeKey.split(' ');
  const params: string[] = [];
  const source = path
    .split('/')
    .map((segment) => {
      const param = /^\{([A-Za-z0-9_]+)(\+?)\}$/.exec(segment);
      if (!param) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(param[1] ?? '');
      // `{name+}` is API Gateway's greedy parameter: it spans the rest of the path.
      return param[2] ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { route, method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), params };
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A matcher over a route table with API Gateway's semantics, plus 405 for a known path with another method. */
export function createRouter<R extends Route>(table: readonly R[]): (method: string, path: string) => RouteMatch<R> {
  const compiled = table.map(compile);
  return (method, path) => {
    const allow: string[] = [];
    for (const c of compiled) {
      const m = c.pattern.exec(path);
      if (!m) continue;
      if (c.method === 'ANY' || c.method === method.toUpperCase()) {
        const pathParameters = Object.fromEntries(c.params.map((name, i) => [name, decode(m[i + 1] ?? '')]));
        return { kind: 'found', route: c.route, pathParameters };
      }
      allow.push(c.method);
    }
    return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
  };
}
