import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { APIError, createLocalReq, getPayload, ValidationError, type Payload, type SanitizedConfig } from 'payload';
import { describe, expect, it } from 'vitest';
import type { AuditLog, News, User } from '../src/payload-types.ts';
import { reviewDocument } from '../src/review/reviewDocument.ts';
import { SYSTEM_ACTOR_NAME } from '../src/review/recordAudit.ts';
import type { ReviewAction } from '../src/review/transitions.ts';
import { UNPUBLISH_BEFORE_PUBLISH_MESSAGE } from '../src/scheduling/scheduleFields.ts';
import { SCHEDULING_QUEUE, UNPUBLISH_TIME_PASSED_MESSAGE } from '../src/scheduling/scheduledPublishing.ts';
import * as fixtures from './contentFixtures.ts';
import { closePayload } from './databases.ts';

interface SchedulingContext {
  payload: Payload;
  config: SanitizedConfig;
  users: Record<'admin' | 'editor' | 'reviewer' | 'viewer', User>;
}

/** Publish at / unpublish at, run by Payload's jobs queue, through approvals by real users. */
export function scheduling(context: () => SchedulingContext) {
  describe('scheduled publishing', () => {
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false }) as const;
    const act = async (user: User, id: number, action: ReviewAction) =>
      reviewDocument(await createLocalReq({ user: { ...user, collection: 'users' } }, context().payload), { collection: 'news', id, action });

    async function submittedNews(schedule: { publishAt?: string; unpublishAt?: string }): Promise<News> {
      const { payload, users } = context();
      const doc = await payload.create({
        collection: 'news',
        data: { ...fixtures.newsData(), title: `定时新闻${randomBytes(3).toString('hex')}`, ...schedule },
        draft: true,
        ...as(users.editor),
      });
      await act(users.editor, doc.id, 'submit');
      return doc;
    }

    const isPublic = async (id: number) =>
      (await context().payload.find({ collection: 'news', where: { id: { equals: id } }, overrideAccess: false })).totalDocs === 1;

    async function jobsFor(id: number) {
      const { docs } = await context().payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true });
      return docs.filter((job) => (job.input as { id?: string } | null)?.id === String(id));
    }

    async function auditOf(id: number): Promise<AuditLog[]> {
      const { payload, users } = context();
      const { docs } = await payload.find({
        collection: 'audit-log',
        where: { and: [{ collectionSlug: { equals: 'news' } }, { documentId: { equals: String(id) } }] },
        sort: 'id',
        ...as(users.viewer),
      });
      return docs;
    }

    const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();
    // Long enough for create, submit and approve to finish before a schedule falls due on a loaded
    // two-core machine (800 ms was not: an approval after the publish time publishes at once).
    const SOON_MS = 3_000;
    const runDue = (payload: Payload) => payload.jobs.run({ queue: SCHEDULING_QUEUE, limit: 100, sequential: true });
    const waitUntil = async (iso: string) => sleep(Math.max(0, Date.parse(iso) - Date.now() + 50));

    it('approves a draft with a later publish time without publishing it, and publishes it on time after a restart', async () => {
      const { payload, config, users } = context();
      const publishAt = inMs(SOON_MS);
      const doc = await submittedNews({ publishAt });

      const { toState } = await act(users.reviewer, doc.id, 'approve');
      expect(toState).toBe('approved');
      expect(await isPublic(doc.id)).toBe(false);
      const jobs = await jobsFor(doc.id);
      expect(jobs.map((job) => [job.taskSlug, job.queue, new Date(job.waitUntil as string).toISOString()])).toEqual([
        ['publishScheduled', SCHEDULING_QUEUE, publishAt],
      ]);
      // Not yet due: running the queue leaves it alone.
      await runDue(payload);
      expect(await isPublic(doc.id)).toBe(false);

      // A new server process on the same database (the old one "restarted" in between) finds the job.
      await waitUntil(publishAt);
      const restarted = await getPayload({ config, key: `restarted-${randomBytes(4).toString('hex')}` });
      try {
        await runDue(restarted);
      } finally {
        await closePayload(restarted);
      }
      expect(await isPublic(doc.id)).toBe(true);
      const entries = await auditOf(doc.id);
      expect(entries.map((e) => [e.action, e.fromState, e.toState, e.actor ?? null])).toEqual([
        ['submit', 'draft', 'submitted', users.editor.id],
        ['approve', 'submitted', 'approved', users.reviewer.id],
        ['scheduled-publish', 'approved', 'approved', null],
      ]);
      expect(entries[2]?.actorName).toBe(SYSTEM_ACTOR_NAME);
      expect(entries[2]?.collectionLabel).toBe('新闻');
    });

    it('does not publish on schedule a document edited after its approval', async () => {
      const { payload, users } = context();
      const publishAt = inMs(SOON_MS);
      const doc = await submittedNews({ publishAt });
      await act(users.reviewer, doc.id, 'approve');
      await payload.update({ collection: 'news', id: doc.id, data: { title: '审核后又改的标题' }, draft: true, ...as(users.editor) });

      await waitUntil(publishAt);
      await runDue(payload);
      expect(await isPublic(doc.id)).toBe(false);
      expect((await auditOf(doc.id)).map((e) => e.action)).toEqual(['submit', 'approve']);
    });

    it('publishes at once when the publish time has passed, and takes the document down at its unpublish time', async () => {
      const { payload, users } = context();
      const unpublishAt = inMs(SOON_MS);
      const doc = await submittedNews({ publishAt: inMs(-60_000), unpublishAt });
      await act(users.reviewer, doc.id, 'approve');
      expect(await isPublic(doc.id)).toBe(true);

      await waitUntil(unpublishAt);
      await runDue(payload);
      expect(await isPublic(doc.id)).toBe(false);
      const draft = await payload.findByID({ collection: 'news', id: doc.id, draft: true, ...as(users.viewer) });
      expect(draft.review?.state).toBe('draft');
      expect((await auditOf(doc.id)).map((e) => [e.action, e.toState])).toEqual([
        ['submit', 'submitted'],
        ['approve', 'approved'],
        ['scheduled-unpublish', 'draft'],
      ]);
    });

    it('refuses approving a document whose unpublish time has passed, changing nothing', async () => {
      const { users } = context();
      const doc = await submittedNews({ unpublishAt: inMs(-1000) });

      const error = await act(users.reviewer, doc.id, 'approve').then(
        () => null,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(APIError);
      expect({ status: (error as APIError).status, message: (error as APIError).message }).toEqual({ status: 422, message: UNPUBLISH_TIME_PASSED_MESSAGE });
      expect(await isPublic(doc.id)).toBe(false);
      expect(await jobsFor(doc.id)).toEqual([]);
      expect((await auditOf(doc.id)).map((e) => e.action)).toEqual(['submit']);
    });

    it('refuses an unpublish time before the publish time with a Chinese message', async () => {
      const { payload, users } = context();
      // Drafts are saved unvalidated (Payload validates on publish), so the check meets the publisher.
      const error = await payload
        .create({
          collection: 'news',
          data: { ...fixtures.newsData(), publishAt: '2030-05-02T00:00:00.000Z', unpublishAt: '2030-05-01T00:00:00.000Z', _status: 'published' },
          ...as(users.admin),
        })
        .then(
          () => null,
          (err: unknown) => err,
        );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).data.errors).toEqual([expect.objectContaining({ path: 'unpublishAt', message: UNPUBLISH_BEFORE_PUBLISH_MESSAGE })]);
    });

    it('hides the schedule from the public', async () => {
      const { payload, users } = context();
      const doc = await submittedNews({ unpublishAt: '2099-01-01T00:00:00.000Z' });
      await act(users.reviewer, doc.id, 'approve');
      const [anonymous] = (await payload.find({ collection: 'news', where: { id: { equals: doc.id } }, overrideAccess: false })).docs;
      expect(anonymous).toBeDefined();
      expect(anonymous?.unpublishAt).toBeUndefined();
      expect(anonymous?.publishAt).toBeUndefined();
    });
  });
}
