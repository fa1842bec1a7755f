import type { CollectionBeforeChangeHook } from 'payload';
import { SLUGS } from '../../../slugs.ts';

/**
 * The account made on the "create first user" screen must be able to manage the others,
 * while every later account starts as an editor unless an admin says otherwise.
 */
export const ensureFirstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data;
  const { totalDocs } = await req.payload.count({ collection: SLUGS.users, overrideAccess: true, req });
  if (totalDocs === 0) return { ...data, roles: ['admin'] };
  return data;
};
