import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { canUploadMedia } from './canUploadMedia.ts';

const reqWith = (roles: string[] | null) => ({ req: { user: roles ? { id: 1, collection: 'users', roles } : null } as unknown as PayloadRequest });

describe('canUploadMedia', () => {
  it('lets admins, editors and reviewers upload', () => {
    for (const role of ['admin', 'editor', 'reviewer']) expect(canUploadMedia(reqWith([role]))).toBe(true);
  });

  it('refuses viewers and anonymous callers', () => {
    expect(canUploadMedia(reqWith(['viewer']))).toBe(false);
    expect(canUploadMedia(reqWith(null))).toBe(false);
  });
});
