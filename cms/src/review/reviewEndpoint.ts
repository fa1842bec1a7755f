import { addDataAndFileToRequest, APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload';
import { errorResponse, LOGIN_REQUIRED_MESSAGE } from '../endpoints/errorResponse.ts';
import { reviewDocument } from './reviewDocument.ts';

export { LOGIN_REQUIRED_MESSAGE };

/**
 * `POST /api/<collection>/:id/review` with `{ action, comment? }`: the review service behind HTTP.
 * Refusals answer in Payload's error shape with the Chinese message; anything else is a bug and
 * goes to Payload's own error handling.
 */
export async function handleReviewRequest(req: PayloadRequest): Promise<Response> {
  if (!req.user) return errorResponse(401, LOGIN_REQUIRED_MESSAGE);
  if (req.data === undefined) await addDataAndFileToRequest(req);
  const body = (req.data ?? {}) as { action?: unknown; comment?: unknown };
  try {
    const { toState } = await reviewDocument(req, {
      collection: req.routeParams?.collection as CollectionSlug,
      id: req.routeParams?.id as string,
      action: typeof body.action === 'string' ? body.action : '',
      comment: typeof body.comment === 'string' ? body.comment : null,
    });
    return Response.json({ state: toState });
  } catch (error) {
    if (error instanceof APIError && error.isPublic) return errorResponse(error.status, error.message, error.data);
    throw error;
  }
}

export const reviewEndpoint: Endpoint = { path: '/:id/review', method: 'post', handler: handleReviewRequest };
