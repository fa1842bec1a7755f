import type { PayloadRequest } from 'payload';
import { hasRole } from './roles.ts';

/** Only admins manage accounts. */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin');
