import type { Role } from '../slugs.ts';

/** The part of a logged-in user the access rules look at. */
export interface UserWithRoles {
  id?: number | string;
  collection?: string;
  roles?: readonly string[] | null;
}

/** Whether the user holds the role; anonymous callers hold none. */
export function hasRole(user: UserWithRoles | null | undefined, role: Role): boolean {
  return Array.isArray(user?.roles) && user.roles.includes(role);
}

/** Staff are the people who run campaigns: admins and editors. */
export function isStaffUser(user: UserWithRoles | null | undefined): boolean {
  return hasRole(user, 'admin') || hasRole(user, 'editor');
}
