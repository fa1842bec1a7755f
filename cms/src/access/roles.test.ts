import { describe, expect, it } from 'vitest';
import { canHandleParticipation, canModerateVotes, canPublishContent, canRevealPhones, hasAnyRole, isStaffUser } from './roles.ts';

const user = (...roles: string[]) => ({ id: 1, collection: 'users', roles });

describe('roles', () => {
  it('counts every CMS role as staff, and nobody else', () => {
    for (const role of ['admin', 'editor', 'reviewer', 'viewer']) expect(isStaffUser(user(role))).toBe(true);
    expect(isStaffUser(user())).toBe(false);
    expect(isStaffUser(user('guest'))).toBe(false);
    expect(isStaffUser(null)).toBe(false);
  });

  it('lets admins and reviewers publish, not editors or viewers', () => {
    expect(canPublishContent(user('admin'))).toBe(true);
    expect(canPublishContent(user('reviewer'))).toBe(true);
    expect(canPublishContent(user('editor'))).toBe(false);
    expect(canPublishContent(user('viewer'))).toBe(false);
    expect(canPublishContent(undefined)).toBe(false);
  });

  it('matches any one of several roles', () => {
    expect(hasAnyRole(user('viewer', 'editor'), ['editor', 'admin'])).toBe(true);
    expect(hasAnyRole(user('viewer'), ['editor', 'admin'])).toBe(false);
    expect(hasAnyRole({ id: 1, roles: null }, ['viewer'])).toBe(false);
  });

  it('lets admins, editors and reviewers export and check in, not viewers', () => {
    expect(['admin', 'editor', 'reviewer', 'viewer'].map((role) => canHandleParticipation(user(role)))).toEqual([true, true, true, false]);
    expect(canHandleParticipation(null)).toBe(false);
  });

  it('shows full phone numbers to admins only', () => {
    expect(['admin', 'editor', 'reviewer', 'viewer'].map((role) => canRevealPhones(user(role)))).toEqual([true, false, false, false]);
  });

  it('lets admins and reviewers void votes, not editors or viewers', () => {
    expect(['admin', 'editor', 'reviewer', 'viewer'].map((role) => canModerateVotes(user(role)))).toEqual([true, false, true, false]);
  });
});
