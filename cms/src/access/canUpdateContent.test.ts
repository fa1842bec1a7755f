import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { canUpdateContent } from './canUpdateContent.ts';

const argsWith = (roles: string[] | null, data?: Record<string, unknown>) => ({
  req: { user: roles ? { id: 1, collection: 'users', roles } : null } as unknown as PayloadRequest,
  data,
});

describe('canUpdateContent', () => {
  it('lets admins and reviewers update and publish', () => {
    for (const role of ['admin', 'reviewer']) {
      expect(canUpdateContent(argsWith([role], { _status: 'published' }))).toBe(true);
      expect(canUpdateContent(argsWith([role], { _status: 'draft' }))).toBe(true);
    }
  });

  it('lets an editor save drafts', () => {
    expect(canUpdateContent(argsWith(['editor'], { _status: 'draft' }))).toBe(true);
    expect(canUpdateContent(argsWith(['editor']))).toBe(true);
  });

  it('refuses an editor an update that publishes', () => {
    expect(canUpdateContent(argsWith(['editor'], { _status: 'published' }))).toBe(false);
  });

  it('refuses viewers and anonymous callers', () => {
    expect(canUpdateContent(argsWith(['viewer'], { _status: 'draft' }))).toBe(false);
    expect(canUpdateContent(argsWith(null))).toBe(false);
  });
});
