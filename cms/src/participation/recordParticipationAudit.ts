import type { PayloadRequest } from 'payload';
import { SLUGS } from '../slugs.ts';
import type { ParticipationAuditAction } from '../review/transitions.ts';

export interface ParticipationAuditEntry {
  action: ParticipationAuditAction;
  /** What the action touched: the campaign (exports, check-in) or the vote (voiding). */
  subject: { collectionSlug: string; collectionLabel: string; documentId: string; documentTitle: string | null };
  comment?: string | null;
  rowCount?: number | null;
  phonesRevealed?: boolean;
}

/**
 * Appends one audit-log entry for a participation action as `req.user`. It names who did it and to
 * what, never the participants: no names or phone numbers go into the log.
 */
export async function recordParticipationAudit(req: PayloadRequest, entry: ParticipationAuditEntry): Promise<void> {
  const { payload, user } = req;
  await payload.create({
    collection: SLUGS.auditLog,
    data: {
      actor: user ? (user.id as number) : null,
      actorName: user && typeof user.name === 'string' ? user.name : null,
      actorEmail: user && typeof user.email === 'string' ? user.email : null,
      ...entry.subject,
      action: entry.action,
      comment: entry.comment ?? null,
      rowCount: entry.rowCount ?? null,
      phonesRevealed: entry.phonesRevealed ?? null,
    },
    req,
    overrideAccess: true,
  });
}

/** How a staff account is named to the participation API (`by` of check-ins and voids): its email, else its id. */
export function actorLabel(user: PayloadRequest['user']): string {
  if (user && typeof user.email === 'string' && user.email) return user.email;
  return `users:${String(user?.id ?? 'unknown')}`;
}
