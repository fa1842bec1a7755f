import type { PayloadRequest } from 'payload';
import { CONTENT_UPDATERS, hasAnyRole } from './roles.ts';

/** Whoever writes content uploads and edits images for it: admins, editors and reviewers. */
export const canUploadMedia = ({ req }: { req: PayloadRequest }): boolean => hasAnyRole(req.user, CONTENT_UPDATERS);
