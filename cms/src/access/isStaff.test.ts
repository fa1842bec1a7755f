import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { isStaff } from './isStaff.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest;

describe('isStaff', () => {
  it('lets an admin through', () => {
    expect(isStaff({ req: reqWith({ id: 1, collection: 'users', roles: ['admin'] }) })).toBe(true);
  });

  it('lets an editor through', () => {
    expect(isStaff({ req: reqWith({ id: 2, collection: 'users', roles: ['editor'] }) })).toBe(true);
  });

  it('lets a reviewer and a viewer through', () => {
    expect(isStaff({ req: reqWith({ id: 4, collection: 'users', roles: ['reviewer'] }) })).toBe(true);
    expect(isStaff({ req: reqWith({ id: 5, collection: 'users', roles: ['viewer'] }) })).toBe(true);
  });

  it('refuses a logged-in account without a staff role', () => {
    expect(isStaff({ req: reqWith({ id: 3, collection: 'users', roles: [] }) })).toBe(false);
  });

  it('refuses an anonymous caller', () => {
    expect(isStaff({ req: reqWith(null) })).toBe(false);
  });
});
