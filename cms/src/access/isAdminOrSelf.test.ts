import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { isAdminOrSelf } from './isAdminOrSelf.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest;

describe('isAdminOrSelf', () => {
  it('gives an admin every account', () => {
    expect(isAdminOrSelf({ req: reqWith({ id: 1, collection: 'users', roles: ['admin'] }) })).toBe(true);
  });

  it('limits an editor to their own account', () => {
    expect(isAdminOrSelf({ req: reqWith({ id: 7, collection: 'users', roles: ['editor'] }) })).toEqual({
      id: { equals: 7 },
    });
  });

  it('limits a reviewer and a viewer to their own account', () => {
    expect(isAdminOrSelf({ req: reqWith({ id: 8, collection: 'users', roles: ['reviewer'] }) })).toEqual({ id: { equals: 8 } });
    expect(isAdminOrSelf({ req: reqWith({ id: 9, collection: 'users', roles: ['viewer'] }) })).toEqual({ id: { equals: 9 } });
  });

  it('refuses an anonymous caller', () => {
    expect(isAdminOrSelf({ req: reqWith(null) })).toBe(false);
  });

  it('refuses a user of another auth collection', () => {
    expect(isAdminOrSelf({ req: reqWith({ id: 7, collection: 'api-keys', roles: ['editor'] }) })).toBe(false);
  });
});
