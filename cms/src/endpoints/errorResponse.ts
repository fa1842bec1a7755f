export const LOGIN_REQUIRED_MESSAGE = '请先登录';

/** A refusal from one of our endpoints, in Payload's REST error shape, so the admin and API clients read it like Payload's own. */
export function errorResponse(status: number, message: string, data?: unknown): Response {
  return Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status });
}
