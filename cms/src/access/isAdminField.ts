import type { FieldAccess } from 'payload';
import { hasRole } from './roles.ts';

/** Field-level twin of isAdmin: a non-admin's value for the field is dropped, so nobody raises their own role. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin');
