import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload';
import { canPublishContent } from '../../access/roles.ts';
import { noteLiveRow, tookDown } from './liveRow.ts';

export const PUBLISH_FORBIDDEN_MESSAGE = '您没有发布权限，请提交审核';

type StatusDoc = { id: number | string; _status?: 'draft' | 'published' | null };

/** The error code the REST API sends along; without data, Payload's REST error formatter drops the message in a minified build. */
export const PUBLISH_FORBIDDEN_CODE = 'PUBLISH_FORBIDDEN';

function publishForbidden(): APIError {
  return new APIError(PUBLISH_FORBIDDEN_MESSAGE, 403, { code: PUBLISH_FORBIDDEN_CODE }, true);
}

/** Calls without a user are the system's own (the seed, migrations, scripts), which may publish. */
function isRestricted(req: PayloadRequest): boolean {
  return Boolean(req.user) && !canPublishContent(req.user);
}

/**
 * Refuses, before anything is written, a create or update by someone without the publish right
 * whose result would be published: an explicit `_status: 'published'`, or an edit that leaves a
 * published document published with new content. Access rules see only the submitted data, so
 * they cannot tell the second case. Also notes the live row before the write, for
 * refuseUnpermittedUnpublish and the other hooks after the write (see liveRow.ts).
 */
export const refuseUnpermittedPublish: CollectionBeforeChangeHook<StatusDoc> = async ({ collection, data, operation, originalDoc, req }) => {
  if (isRestricted(req)) {
    const resultingStatus = data._status ?? (operation === 'update' ? originalDoc?._status : undefined) ?? 'draft';
    if (resultingStatus === 'published') throw publishForbidden();
  }
  if (operation === 'update' && originalDoc) await noteLiveRow(req, collection.slug, originalDoc.id);
  return data;
};

/**
 * Refuses taking a live document down by someone without the publish right. A draft saved over a
 * published document and an unpublish look the same to hooks before the write, so this compares
 * the live row noted before the write with the one after; the error
 * rolls the transaction back.
 */
export const refuseUnpermittedUnpublish: CollectionAfterChangeHook<StatusDoc> = async ({ collection, doc, operation, req }) => {
  if (operation !== 'update' || !isRestricted(req)) return doc;
  if (await tookDown(req, collection.slug, doc.id)) throw publishForbidden();
  return doc;
};
