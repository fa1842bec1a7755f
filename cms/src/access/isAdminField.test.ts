import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { isAdminField } from './isAdminField.ts';

const reqWith = (user: Record<string, unknown> | null) => ({ user }) as unknown as PayloadRequest;

describe('isAdminField', () => {
  it('lets an admin set the field', () => {
    expect(isAdminField({ req: reqWith({ id: 1, collection: 'users', roles: ['admin'] }) })).toBe(true);
  });

  it('keeps an editor from setting the field, even on their own account', () => {
    const editor = { id: 2, collection: 'users', roles: ['editor'] };
    expect(isAdminField({ req: reqWith(editor), id: 2, doc: editor, data: { roles: ['admin'] } })).toBe(false);
  });

  it('keeps a reviewer and a viewer from setting the field', () => {
    expect(isAdminField({ req: reqWith({ id: 3, collection: 'users', roles: ['reviewer'] }), data: { roles: ['admin'] } })).toBe(false);
    expect(isAdminField({ req: reqWith({ id: 4, collection: 'users', roles: ['viewer'] }), data: { roles: ['admin'] } })).toBe(false);
  });

  it('keeps an anonymous caller from setting the field', () => {
    expect(isAdminField({ req: reqWith(null) })).toBe(false);
  });
});
