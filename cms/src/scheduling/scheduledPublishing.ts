import { APIError, commitTransaction, initTransaction, killTransaction, type CollectionSlug, type PayloadRequest, type TaskConfig } from 'payload';
import { recordAudit } from '../review/recordAudit.ts';
import type { ReviewState } from '../review/transitions.ts';

/** The jobs queue that holds scheduled publishing; its own queue, so a long site build never delays it. */
export const SCHEDULING_QUEUE = 'publishing';

export const UNPUBLISH_TIME_PASSED_MESSAGE = '定时下线时间已过，请修改或清空后再通过';

/** What a scheduled job needs to find its document and the approval it belongs to. */
export interface ScheduledChangeInput {
  collection: string;
  id: string;
  approvedAt: string;
}

interface ScheduledDoc extends Record<string, unknown> {
  id: number | string;
  _status?: 'draft' | 'published' | null;
  publishAt?: string | null;
  unpublishAt?: string | null;
  review?: { state?: ReviewState | null; approvedAt?: string | null } | null;
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);

/** Whether an approval at `now` publishes at once or waits for the document's publish time. */
export function publishesLater(doc: Pick<ScheduledDoc, 'publishAt'>, now: Date): boolean {
  return time(doc.publishAt) > now.getTime();
}

/**
 * Refuses approving a document whose take-down time has already passed: it would come down the
 * moment it went up. Checked before anything is written.
 */
export function assertSchedulable(doc: Pick<ScheduledDoc, 'unpublishAt'>, now: Date): void {
  if (time(doc.unpublishAt) <= now.getTime()) throw new APIError(UNPUBLISH_TIME_PASSED_MESSAGE, 422, { code: 'SCHEDULE_IN_PAST' }, true);
}

/**
 * Queues the jobs of an approval in the request's transaction, so they exist exactly when the
 * approval does: a publish at `publishAt` when that lies ahead, and an unpublish at `unpublishAt`.
 * Jobs live in the database, so they run after a restart as well.
 */
export async function queueScheduledChanges(req: PayloadRequest, collection: CollectionSlug, doc: ScheduledDoc, approvedAt: string): Promise<void> {
  const input: ScheduledChangeInput = { collection, id: String(doc.id), approvedAt };
  const now = new Date();
  if (publishesLater(doc, now)) {
    await req.payload.jobs.queue({ task: 'publishScheduled', input, waitUntil: new Date(doc.publishAt as string), queue: SCHEDULING_QUEUE, req });
  }
  if (doc.unpublishAt) {
    await req.payload.jobs.queue({ task: 'unpublishScheduled', input, waitUntil: new Date(doc.unpublishAt), queue: SCHEDULING_QUEUE, req });
  }
}

async function latestDraft(req: PayloadRequest, input: ScheduledChangeInput): Promise<ScheduledDoc | null> {
  const found = await req.payload.find({
    collection: input.collection as CollectionSlug,
    where: { id: { equals: input.id } },
    draft: true,
    depth: 0,
    limit: 1,
    pagination: false,
    req,
  });
  return (found.docs[0] as unknown as ScheduledDoc | undefined) ?? null;
}

/**
 * Runs one scheduled change as the system, with the audit entry in the same transaction. A job
 * whose approval is no longer current (edited since, approved again with another time, deleted)
 * changes nothing: the newer approval queued its own jobs.
 */
async function applyScheduledChange(req: PayloadRequest, input: ScheduledChangeInput, kind: 'publish' | 'unpublish') {
  const shouldCommit = await initTransaction(req);
  try {
    const collection = input.collection as CollectionSlug;
    const current = await latestDraft(req, input);
    const stillApproved = current?.review?.approvedAt && time(current.review.approvedAt) === time(input.approvedAt);
    // A publish needs the approval to stand; an unpublish only needs the live version to be the one approved.
    const applies = kind === 'publish' ? stillApproved && current?.review?.state === 'approved' : stillApproved;
    if (!current || !applies) {
      req.payload.logger.info({ msg: `Scheduled ${kind} skipped: the approval it belongs to was replaced`, ...input });
      if (shouldCommit) await commitTransaction(req);
      return { output: { applied: false } };
    }
    const fromState: ReviewState = current.review?.state ?? 'approved';
    const doc = (await req.payload.update({
      collection,
      id: input.id,
      data: { _status: kind === 'publish' ? 'published' : 'draft' } as never,
      draft: false,
      depth: 0,
      req,
      overrideAccess: true,
    })) as unknown as ScheduledDoc;
    await recordAudit(req, {
      collection,
      id: input.id,
      doc,
      action: kind === 'publish' ? 'scheduled-publish' : 'scheduled-unpublish',
      fromState,
      toState: doc.review?.state ?? fromState,
    });
    if (shouldCommit) await commitTransaction(req);
    return { output: { applied: true } };
  } catch (error) {
    if (shouldCommit) await killTransaction(req);
    throw error;
  }
}

const inputSchema: TaskConfig['inputSchema'] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
  { name: 'approvedAt', type: 'text', required: true },
];
const outputSchema: TaskConfig['outputSchema'] = [{ name: 'applied', type: 'checkbox' }];

export const publishScheduledTask: TaskConfig<{ input: ScheduledChangeInput; output: { applied: boolean } }> = {
  slug: 'publishScheduled',
  label: '定时发布',
  inputSchema,
  outputSchema,
  retries: 3,
  handler: ({ input, req }) => applyScheduledChange(req, input, 'publish'),
};

export const unpublishScheduledTask: TaskConfig<{ input: ScheduledChangeInput; output: { applied: boolean } }> = {
  slug: 'unpublishScheduled',
  label: '定时下线',
  inputSchema,
  outputSchema,
  retries: 3,
  handler: ({ input, req }) => applyScheduledChange(req, input, 'unpublish'),
};
