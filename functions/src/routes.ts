/**
 * The route table of the participation API: the local server and the CDK app both read it, so a route
 * exists in exactly one place. `handler` names a file in `src/handlers/` (without `.ts`) whose
 * `handler` export serves the route; infra makes one Lambda per handler file and one HTTP API route
 * per entry. Keep this a plain data module: no imports, so the CDK app can load it cheaply.
 */
export interface Route {
  /** API Gateway HTTP API route key: `METHOD /path/{param}`. */
  readonly routeKey: string;
  readonly handler: string;
}

export const routes = [
  { routeKey: 'GET /v1/health', handler: 'health' },
  { routeKey: 'GET /v1/openapi.json', handler: 'get-openapi' },
  { routeKey: 'POST /v1/campaigns/{slug}/registrations', handler: 'create-registration' },
  { routeKey: 'POST /v1/campaigns/{slug}/registrations/cancel', handler: 'cancel-registration' },
  { routeKey: 'POST /v1/internal/campaigns/{slug}/check-ins', handler: 'check-in-registration' },
  { routeKey: 'GET /v1/internal/campaigns/{slug}/registrations', handler: 'list-registrations' },
  { routeKey: 'GET /v1/me', handler: 'get-me' },
  { routeKey: 'DELETE /v1/me', handler: 'delete-me' },
  { routeKey: 'POST /v1/otp', handler: 'send-otp' },
  { routeKey: 'POST /v1/otp/verify', handler: 'verify-otp' },
  { routeKey: 'GET /v1/participant', handler: 'get-participant' },
  { routeKey: 'PUT /v1/internal/campaigns/{slug}', handler: 'put-campaign-rules' },
  { routeKey: 'DELETE /v1/internal/campaigns/{slug}', handler: 'delete-campaign-rules' },
  { routeKey: 'POST /v1/votes', handler: 'create-vote' },
  { routeKey: 'GET /v1/votes/{receipt}', handler: 'get-vote' },
  { routeKey: 'GET /v1/results/{slug}/{round}', handler: 'get-results' },
  { routeKey: 'GET /v1/results/{slug}/{round}/{candidate}', handler: 'get-candidate-results' },
  { routeKey: 'POST /v1/internal/votes/{receipt}/void', handler: 'void-vote' },
  { routeKey: 'GET /v1/internal/campaigns/{slug}/flags', handler: 'get-vote-flags' },
] as const satisfies readonly Route[];

/**
 * Serves every request no route matches (API Gateway's `$default` route), so unknown paths and wrong
 * methods get the API's error envelope (404 ROUTE_NOT_FOUND / 405 METHOD_NOT_ALLOWED) in AWS as they
 * do locally, instead of API Gateway's own `{"message":"Not Found"}`.
 */
export const fallbackRoute = { routeKey: '$default', handler: 'route-not-found' } as const satisfies Route;

/**
 * Handlers run by events rather than routes (a file in `src/handlers/` each, exporting `handler`):
 * infra makes a Lambda for each with its own trigger; they are never HTTP routes.
 */
export const eventHandlers = ['tally-votes'] as const;

export type HandlerName = (typeof routes)[number]['handler'] | typeof fallbackRoute.handler;
