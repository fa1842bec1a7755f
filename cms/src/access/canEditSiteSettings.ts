import type { PayloadRequest } from 'payload';
import { hasAnyRole } from './roles.ts';

/** Site-wide details appear on every page at once, so they are changed by admins and reviewers only. */
export const canEditSiteSettings = ({ req }: { req: PayloadRequest }): boolean => hasAnyRole(req.user, ['admin', 'reviewer']);
