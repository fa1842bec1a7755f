import {
  APIError,
  commitTransaction,
  initTransaction,
  killTransaction,
  NotFound,
  UnauthorizedError,
  type CollectionSlug,
  type Field,
  type PayloadRequest,
} from 'payload';
import { assertSchedulable, publishesLater, queueScheduledChanges } from '../scheduling/scheduledPublishing.ts';
import { recordAudit } from './recordAudit.ts';
import { decideTransition, type ReviewAction, type ReviewState } from './transitions.ts';

/** The error code sent along with every refusal; without data Payload's REST formatter may drop the message. */
export const REVIEW_REFUSED_CODE = 'REVIEW_REFUSED';

export interface ReviewCommand {
  collection: CollectionSlug;
  id: number | string;
  action: string;
  comment?: string | null;
}

interface ReviewGroup {
  state?: ReviewState | null;
  comment?: string | null;
  submittedBy?: number | string | { id: number | string } | null;
  approvedAt?: string | null;
}

type ReviewedDoc = { id: number | string; publishAt?: string | null; unpublishAt?: string | null; review?: ReviewGroup | null } & Record<string, unknown>;

const idOf = (value: ReviewGroup['submittedBy']) => (value && typeof value === 'object' ? value.id : (value ?? null));

/** Whether the collection carries the review workflow, i.e. has the `review` field group. */
export function isReviewedCollectionConfig(config: { fields: readonly Field[] } | undefined): boolean {
  return Boolean(config?.fields.some((field) => 'name' in field && field.name === 'review'));
}

function isReviewedCollection(req: PayloadRequest, collection: string): collection is CollectionSlug {
  return isReviewedCollectionConfig(req.payload.collections[collection as CollectionSlug]?.config);
}

/**
 * Applies a review action on behalf of `req.user`, inside the request's transaction: the
 * document's new state (and, on approval, its latest draft published as the approving user, so the
 * publish guard applies as for any publish, or the jobs that publish it at its publish time) and
 * one audit-log entry are written together or not at all. Refusals are APIErrors with a Chinese message and change nothing.
 */
export async function reviewDocument(req: PayloadRequest, { collection, id, action, comment }: ReviewCommand) {
  const user = req.user;
  if (!user) throw new UnauthorizedError(req.t);
  if (!isReviewedCollection(req, collection)) throw new NotFound(req.t);

  const shouldCommit = await initTransaction(req);
  try {
    const { payload } = req;
    // The latest draft is what gets reviewed; reading it as the user also checks they may see it.
    const current = (await payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false })) as unknown as ReviewedDoc;
    const fromState: ReviewState = current.review?.state ?? 'draft';
    const submittedBy = idOf(current.review?.submittedBy);
    const decision = decideTransition({
      user,
      action,
      state: fromState,
      isSubmitter: submittedBy !== null && String(submittedBy) === String(user.id),
      comment,
    });
    if (!decision.allowed) throw new APIError(decision.message, decision.status, { code: REVIEW_REFUSED_CODE }, true);

    const reviewAction = action as ReviewAction;
    const trimmedComment = comment?.trim() || null;
    const now = new Date();
    if (reviewAction === 'approve') assertSchedulable(current, now);
    // An approval publishes at once unless the draft names a later publish time; then the job does.
    const publishNow = reviewAction === 'approve' && !publishesLater(current, now);
    const approvedAt = reviewAction === 'approve' ? now.toISOString() : (current.review?.approvedAt ?? null);
    const review: ReviewGroup = {
      state: decision.to,
      comment: reviewAction === 'return' ? trimmedComment : (current.review?.comment ?? null),
      submittedBy: reviewAction === 'submit' ? user.id : submittedBy,
      approvedAt,
    };
    // overrideAccess only lifts the field rule that keeps `review` out of ordinary edits; the
    // publish guard still judges the acting user, and only publishers get as far as approving.
    const doc = (await payload.update({
      collection,
      id,
      data: (publishNow ? { _status: 'published', review } : { review }) as never,
      draft: !publishNow,
      depth: 0,
      req,
      overrideAccess: true,
    })) as unknown as ReviewedDoc;
    if (reviewAction === 'approve') await queueScheduledChanges(req, collection, doc, approvedAt as string);

    await recordAudit(req, {
      collection,
      id,
      doc,
      action: reviewAction,
      fromState,
      toState: decision.to,
      comment: reviewAction === 'return' ? trimmedComment : null,
    });

    if (shouldCommit) await commitTransaction(req);
    return { doc, fromState, toState: decision.to };
  } catch (error) {
    if (shouldCommit) await killTransaction(req);
    throw error;
  }
}
