import type { Access } from 'payload';
import { canPublishContent, CONTENT_CREATORS, hasAnyRole } from './roles.ts';

/**
 * Admins and editors create content; an editor only as a draft. The `_status` check covers
 * the calls that say so up front (and lets the admin hide 发布 from editors); a publish the
 * data does not announce is refused by the refuseUnpermittedPublish hook.
 */
export const canCreateContent: Access = ({ req, data }) => {
  if (!hasAnyRole(req.user, CONTENT_CREATORS)) return false;
  return canPublishContent(req.user) || (data as { _status?: unknown } | undefined)?._status !== 'published';
};
