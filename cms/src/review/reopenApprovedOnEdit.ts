import type { CollectionBeforeChangeHook } from 'payload';

type ReviewedDoc = { id: number | string; _status?: string | null; review?: { state?: string | null } | null };

/**
 * An approved document that is edited again is a new draft: its review state goes back to draft,
 * so the change has to be submitted and approved before it goes live. A save that publishes (by
 * an admin or reviewer, or the approval itself) keeps the state it has.
 */
export const reopenApprovedOnEdit: CollectionBeforeChangeHook<ReviewedDoc> = ({ data, operation, originalDoc }) => {
  if (operation !== 'update' || data._status === 'published' || originalDoc?.review?.state !== 'approved') return data;
  return { ...data, review: { ...originalDoc.review, state: 'draft' } };
};
