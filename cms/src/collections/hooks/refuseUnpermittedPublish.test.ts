import { APIError, type PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { PUBLISH_FORBIDDEN_CODE, PUBLISH_FORBIDDEN_MESSAGE, refuseUnpermittedPublish, refuseUnpermittedUnpublish } from './refuseUnpermittedPublish.ts';

type Status = 'draft' | 'published';

/** A fake request whose main row goes from `before` to `after` when the write happens. */
function fakeReq(roles: string[] | null, mainRow: { before: Status; after?: Status }) {
  const state = { written: false };
  const req = {
    user: roles ? { id: 9, collection: 'users', roles } : null,
    context: {},
    payload: { db: { findOne: async () => ({ id: 1, _status: state.written ? (mainRow.after ?? mainRow.before) : mainRow.before }) } },
  } as unknown as PayloadRequest;
  return { req, write: () => (state.written = true) };
}

const collection = { slug: 'news' };
type BeforeArgs = Parameters<typeof refuseUnpermittedPublish>[0];
type AfterArgs = Parameters<typeof refuseUnpermittedUnpublish>[0];

async function change(
  roles: string[] | null,
  { operation, data, original, after }: { operation: 'create' | 'update'; data: { _status?: Status }; original?: Status; after?: Status },
) {
  const { req, write } = fakeReq(roles, { before: original ?? 'draft', after });
  const originalDoc = operation === 'update' ? { id: 1, _status: original } : undefined;
  await refuseUnpermittedPublish({ collection, data, operation, originalDoc, req, context: req.context } as unknown as BeforeArgs);
  write();
  const doc = { id: 1, _status: data._status ?? original ?? 'draft' };
  await refuseUnpermittedUnpublish({ collection, data, doc, operation, previousDoc: originalDoc, req, context: req.context } as unknown as AfterArgs);
}

const refusal = expect.objectContaining({ message: PUBLISH_FORBIDDEN_MESSAGE, status: 403, isPublic: true, data: { code: PUBLISH_FORBIDDEN_CODE } });

describe('refuseUnpermittedPublish and refuseUnpermittedUnpublish', () => {
  it('refuses an editor a create that comes out published', async () => {
    const error = await change(['editor'], { operation: 'create', data: { _status: 'published' } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toEqual(refusal);
  });

  it('refuses an editor an edit that leaves a published document published', async () => {
    await expect(change(['editor'], { operation: 'update', data: {}, original: 'published' })).rejects.toEqual(refusal);
  });

  it('refuses an editor an unpublish', async () => {
    await expect(change(['editor'], { operation: 'update', data: { _status: 'draft' }, original: 'published', after: 'draft' })).rejects.toEqual(refusal);
  });

  it('lets an editor save a draft over a published document, which stays live', async () => {
    await expect(change(['editor'], { operation: 'update', data: { _status: 'draft' }, original: 'published', after: 'published' })).resolves.toBeUndefined();
  });

  it('lets an editor create and update drafts', async () => {
    await expect(change(['editor'], { operation: 'create', data: {} })).resolves.toBeUndefined();
    await expect(change(['editor'], { operation: 'update', data: { _status: 'draft' }, original: 'draft' })).resolves.toBeUndefined();
  });

  it('lets admins and reviewers publish and unpublish', async () => {
    for (const role of ['admin', 'reviewer']) {
      await expect(change([role], { operation: 'create', data: { _status: 'published' } })).resolves.toBeUndefined();
      await expect(change([role], { operation: 'update', data: { _status: 'draft' }, original: 'published', after: 'draft' })).resolves.toBeUndefined();
    }
  });

  it('lets the system publish when no user is acting (the seed)', async () => {
    await expect(change(null, { operation: 'create', data: { _status: 'published' } })).resolves.toBeUndefined();
  });
});
