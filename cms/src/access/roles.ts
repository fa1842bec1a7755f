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

/**
 * Who exports registrations and vote totals, and checks people in on site: the working staff.
 * Viewers (leadership) only look; an export takes personal data out of the system, so they do not.
 */
export const PARTICIPATION_STAFF: readonly Role[] = ['admin', 'editor', 'reviewer'];
/** Who sees full phone numbers in exports: admins only, everyone else gets 138****1234 (PIPL: the minimum). */
export const PHONE_REVEALERS: readonly Role[] = ['admin'];
/** Who voids a vote: the same people who decide what goes public, admins and reviewers. */
export const VOTE_MODERATORS: readonly Role[] = ['admin', 'reviewer'];

/** Whether the user may export participation data and check people in. */
export function canHandleParticipation(user: UserWithRoles | null | undefined): boolean {
  return hasAnyRole(user, PARTICIPATION_STAFF);
}

/** Whether the user's exports carry full phone numbers. */
export function canRevealPhones(user: UserWithRoles | null | undefined): boolean {
  return hasAnyRole(user, PHONE_REVEALERS);
}

/** Whether the user may void votes. */
export function canModerateVotes(user: UserWithRoles | null | undefined): boolean {
  return hasAnyRole(user, VOTE_MODERATORS);
}
