import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { isAdmin } from './isAdmin.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest;

describe('isAdmin', () => {
  it('lets an admin through', () => {
    expect(isAdmin({ req: reqWith({ id: 1, collection: 'users', roles: ['admin'] }) })).toBe(true);
  });

  it('lets an account holding both roles through', () => {
    expect(isAdmin({ req: reqWith({ id: 1, collection: 'users', roles: ['editor', 'admin'] }) })).toBe(true);
  });

  it('refuses an editor', () => {
    expect(isAdmin({ req: reqWith({ id: 2, collection: 'users', roles: ['editor'] }) })).toBe(false);
  });

  it('refuses an anonymous caller', () => {
    expect(isAdmin({ req: reqWith(null) })).toBe(false);
  });

  it('refuses a user whose roles are missing', () => {
    expect(isAdmin({ req: reqWith({ id: 3, collection: 'users' }) })).toBe(false);
  });
});
