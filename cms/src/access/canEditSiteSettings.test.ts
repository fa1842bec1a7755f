import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { canEditSiteSettings } from './canEditSiteSettings.ts';

const reqWith = (roles: string[] | null) => ({ req: { user: roles ? { id: 1, collection: 'users', roles } : null } as unknown as PayloadRequest });

describe('canEditSiteSettings', () => {
  it('lets admins and reviewers edit the site settings', () => {
    expect(canEditSiteSettings(reqWith(['admin']))).toBe(true);
    expect(canEditSiteSettings(reqWith(['reviewer']))).toBe(true);
  });

  it('refuses editors, viewers and anonymous callers', () => {
    expect(canEditSiteSettings(reqWith(['editor']))).toBe(false);
    expect(canEditSiteSettings(reqWith(['viewer']))).toBe(false);
    expect(canEditSiteSettings(reqWith(null))).toBe(false);
  });
});
