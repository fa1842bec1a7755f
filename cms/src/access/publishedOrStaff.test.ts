import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { publishedOrStaff } from './publishedOrStaff.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest;
const publishedOnly = { _status: { equals: 'published' } };

describe('publishedOrStaff', () => {
  it('limits an anonymous caller to published documents', () => {
    expect(publishedOrStaff({ req: reqWith(null) })).toEqual(publishedOnly);
  });

  it('limits a logged-in account without a staff role to published documents', () => {
    expect(publishedOrStaff({ req: reqWith({ id: 3, collection: 'users', roles: [] }) })).toEqual(publishedOnly);
  });

  it('shows drafts to an editor', () => {
    expect(publishedOrStaff({ req: reqWith({ id: 2, collection: 'users', roles: ['editor'] }) })).toBe(true);
  });

  it('shows drafts to a reviewer and a viewer', () => {
    expect(publishedOrStaff({ req: reqWith({ id: 4, collection: 'users', roles: ['reviewer'] }) })).toBe(true);
    expect(publishedOrStaff({ req: reqWith({ id: 5, collection: 'users', roles: ['viewer'] }) })).toBe(true);
  });

  it('shows drafts to an admin', () => {
    expect(publishedOrStaff({ req: reqWith({ id: 1, collection: 'users', roles: ['admin'] }) })).toBe(true);
  });
});
