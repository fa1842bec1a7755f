import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { canCreateContent } from './canCreateContent.ts';

const argsWith = (roles: string[] | null, data?: Record<string, unknown>) => ({
  req: { user: roles ? { id: 1, collection: 'users', roles } : null } as unknown as PayloadRequest,
  data,
});

describe('canCreateContent', () => {
  it('lets an admin create, published or not', () => {
    expect(canCreateContent(argsWith(['admin'], { _status: 'published' }))).toBe(true);
  });

  it('lets an editor create a draft', () => {
    expect(canCreateContent(argsWith(['editor'], { _status: 'draft' }))).toBe(true);
    expect(canCreateContent(argsWith(['editor']))).toBe(true);
  });

  it('refuses an editor a create that comes out published', () => {
    expect(canCreateContent(argsWith(['editor'], { _status: 'published' }))).toBe(false);
  });

  it('refuses reviewers, viewers and anonymous callers', () => {
    expect(canCreateContent(argsWith(['reviewer'], { _status: 'draft' }))).toBe(false);
    expect(canCreateContent(argsWith(['viewer']))).toBe(false);
    expect(canCreateContent(argsWith(null))).toBe(false);
  });
});
