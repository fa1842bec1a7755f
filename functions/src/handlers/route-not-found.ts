// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { errorResponse, httpHandler } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { createRouter } from '../lib/routing.ts';
import { routes } from '../routes.ts';

const match = createRouter(routes);

/** API Gateway's `$default` route: 405 with `Allow` for a known path, 404 ROUTE_NOT_FOUND otherwise. */
export const handler = httpHandler(logger, async (event) => {
  const result = match(event.requestContext.http.method, event.rawPath);
  if (result.kind === 'method-not-allowed') {
    return errorResponse('METHOD_NOT_ALLOWED', {}, { headers: { allow: result.allow.join(', ') } });
  }
  return errorResponse('ROUTE_NOT_FOUND');
});
