import { ROLES, type Role } from '../slugs.ts';

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

/** Whether the user holds at least one of the roles. */
export function hasAnyRole(user: UserWithRoles | null | undefined, roles: readonly Role[]): boolean {
  return roles.some((role) => hasRole(user, role));
}

/** Staff are everyone with a CMS role: they open the admin and read drafts and versions. */
export function isStaffUser(user: UserWithRoles | null | undefined): boolean {
  return hasAnyRole(user, ROLES);
}

/** Who drafts new content: admins and editors. */
export const CONTENT_CREATORS: readonly Role[] = ['admin', 'editor'];
/** Who changes existing content (editors only as drafts): admins, editors and reviewers. */
export const CONTENT_UPDATERS: readonly Role[] = ['admin', 'editor', 'reviewer'];
/** Who makes content public or takes it down again: admins and reviewers. */
export const PUBLISHERS: readonly Role[] = ['admin', 'reviewer'];

/** Whether the user may publish and unpublish. */
export function canPublishContent(user: UserWithRoles | null | undefined): boolean {
  return hasAnyRole(user, PUBLISHERS);
}
