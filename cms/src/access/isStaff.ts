import type { PayloadRequest } from 'payload';
import { isStaffUser } from './roles.ts';

/**
 * Everyone with a CMS role (admin, editor, reviewer, viewer) opens the admin panel and reads
 * drafts and versions; anonymous callers and role-less accounts do not. What each role may
 * change is up to the other rules. Typed as a plain boolean rule so it also fits `access.admin`.
 */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user);
