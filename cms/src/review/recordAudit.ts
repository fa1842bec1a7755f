import type { CollectionSlug, PayloadRequest } from 'payload';
import { labelText } from '../display.ts';
import { SLUGS } from '../slugs.ts';
import type { AuditAction, ReviewState } from './transitions.ts';

export interface AuditEntry {
  collection: CollectionSlug;
  id: number | string;
  /** The document as written, for its title. */
  doc: Record<string, unknown>;
  action: AuditAction;
  fromState: ReviewState;
  toState: ReviewState;
  comment?: string | null;
}

/** The name the audit log shows for what the system does on its own (scheduled publishing). */
export const SYSTEM_ACTOR_NAME = '系统（定时任务）';

/**
 * Appends one audit-log entry inside the request's transaction, as `req.user` or, without one, as
 * the system. Names, the content type's label and the title are snapshots, so the entry still
 * reads right after an account or document is gone.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntry): Promise<void> {
  const { payload, user } = req;
  const config = payload.collections[entry.collection].config;
  const titleField = config.admin.useAsTitle;
  const title = titleField ? entry.doc[titleField] : undefined;
  await payload.create({
    collection: SLUGS.auditLog,
    data: {
      actor: user ? (user.id as number) : null,
      actorName: user ? (typeof user.name === 'string' ? user.name : null) : SYSTEM_ACTOR_NAME,
      actorEmail: user && typeof user.email === 'string' ? user.email : null,
      collectionSlug: entry.collection,
      collectionLabel: labelText(config.labels?.plural, entry.collection),
      documentId: String(entry.id),
      documentTitle: typeof title === 'string' ? title : null,
      action: entry.action,
      fromState: entry.fromState,
      toState: entry.toState,
      comment: entry.comment ?? null,
    },
    req,
    overrideAccess: true,
  });
}
