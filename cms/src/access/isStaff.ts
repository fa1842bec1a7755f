import type { PayloadRequest } from 'payload';
import { isStaffUser } from './roles.ts';

/**
 * Admins and editors write content, see drafts and may open the admin panel; anonymous callers
 * and role-less accounts do not. Typed as a plain boolean rule so it also fits `access.admin`.
 */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean => isStaffUser(req.user);
