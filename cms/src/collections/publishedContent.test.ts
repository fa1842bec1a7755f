import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { publishedContent } from './publishedContent.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ req: { user } as unknown as PayloadRequest });
const editor = { id: 2, collection: 'users', roles: ['editor'] };

describe('publishedContent', () => {
  it('limits the public to published documents and lets staff read drafts', () => {
    expect(publishedContent.access.read(reqWith(null))).toEqual({ _status: { equals: 'published' } });
    expect(publishedContent.access.read(reqWith(editor))).toBe(true);
  });

  it('leaves writing and version history to staff', () => {
    for (const rule of [publishedContent.access.create, publishedContent.access.update, publishedContent.access.delete, publishedContent.access.readVersions]) {
      expect(rule(reqWith(null))).toBe(false);
      expect(rule(reqWith(editor))).toBe(true);
    }
  });

  it('keeps drafts and at most 50 versions', () => {
    expect(publishedContent.versions).toEqual({ drafts: true, maxPerDoc: 50 });
  });
});
