import type { Access } from 'payload';
import { isStaffUser } from './roles.ts';

/** Staff (any CMS role) read drafts too; everyone else reads only what is published. */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true;
  return { _status: { equals: 'published' } };
};
