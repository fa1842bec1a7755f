import type { Access } from 'payload';
import { SLUGS } from '../slugs.ts';
import { hasRole } from './roles.ts';

/** Admins reach every account; anyone else only their own, through a query constraint on the id. */
export const isAdminOrSelf: Access = ({ req }) => {
  const user = req.user;
  if (!user) return false;
  if (hasRole(user, 'admin')) return true;
  // A user of another auth collection shares no ids with this one.
  if (user.collection !== SLUGS.users) return false;
  return { id: { equals: user.id } };
};
