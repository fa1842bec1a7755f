import type { Access } from 'payload';
import { canPublishContent, CONTENT_UPDATERS, hasAnyRole } from './roles.ts';

/**
 * Admins, reviewers and editors change content; an editor only as a draft. The admin asks this
 * rule with `_status: 'published'` to decide whether to show 发布 and 取消发布, so editors do not
 * see them; a publish or unpublish the data does not announce is refused by the
 * refuseUnpermittedPublish and refuseUnpermittedUnpublish hooks.
 */
export const canUpdateContent: Access = ({ req, data }) => {
  if (!hasAnyRole(req.user, CONTENT_UPDATERS)) return false;
  return canPublishContent(req.user) || (data as { _status?: unknown } | undefined)?._status !== 'published';
};
