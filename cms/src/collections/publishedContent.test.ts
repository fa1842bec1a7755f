import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { refuseUnpermittedPublish, refuseUnpermittedUnpublish } from './hooks/refuseUnpermittedPublish.ts';
import { publishedContent } from './publishedContent.ts';

const argsWith = (roles: string[] | null, data?: Record<string, unknown>) => ({
  req: { user: roles ? { id: 2, collection: 'users', roles } : null } as unknown as PayloadRequest,
  data,
});
const { access } = publishedContent;

describe('publishedContent', () => {
  it('limits the public to published documents and lets every CMS role read drafts and versions', () => {
    expect(access.read(argsWith(null))).toEqual({ _status: { equals: 'published' } });
    for (const role of ['admin', 'editor', 'reviewer', 'viewer']) {
      expect(access.read(argsWith([role]))).toBe(true);
      expect(access.readVersions(argsWith([role]))).toBe(true);
    }
    expect(access.readVersions(argsWith(null))).toBe(false);
  });

  it('lets editors create drafts, reviewers update and publish, and only admins delete', () => {
    const published = { _status: 'published' };
    expect([access.create(argsWith(['editor'])), access.create(argsWith(['editor'], published))]).toEqual([true, false]);
    expect([access.update(argsWith(['editor'])), access.update(argsWith(['editor'], published))]).toEqual([true, false]);
    expect([access.create(argsWith(['reviewer'])), access.update(argsWith(['reviewer'], published))]).toEqual([false, true]);
    expect(access.delete(argsWith(['admin']))).toBe(true);
    for (const roles of [['editor'], ['reviewer'], ['viewer'], null]) expect(access.delete(argsWith(roles))).toBe(false);
  });

  it('refuses publishing by non-publishers in hooks', () => {
    expect(publishedContent.hooks).toEqual({ beforeChange: [refuseUnpermittedPublish], afterChange: [refuseUnpermittedUnpublish] });
  });

  it('keeps drafts and at most 50 versions', () => {
    expect(publishedContent.versions).toEqual({ drafts: true, maxPerDoc: 50 });
  });
});
