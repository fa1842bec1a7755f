import { randomBytes } from 'node:crypto';
import { APIError, createLocalReq, Forbidden, type Payload, type PayloadRequest } from 'payload';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PUBLISH_SYNC_FAILED } from '../src/collections/Campaigns/hooks/rulesApi.ts';
import type { AuditLog, News, User } from '../src/payload-types.ts';
import { PendingReviews } from '../src/review/components/PendingReviews.tsx';
import { reviewDocument } from '../src/review/reviewDocument.ts';
import { handleReviewRequest, LOGIN_REQUIRED_MESSAGE } from '../src/review/reviewEndpoint.ts';
import {
  COMMENT_REQUIRED_MESSAGE,
  NOT_SUBMITTED_MESSAGE,
  OWN_SUBMISSION_MESSAGE,
  REVIEW_FORBIDDEN_MESSAGE,
  type ReviewAction,
} from '../src/review/transitions.ts';
import * as fixtures from './contentFixtures.ts';
import type { RulesApiDouble } from './rulesApiDouble.ts';

interface WorkflowContext {
  payload: Payload;
  rulesApi: RulesApiDouble;
  users: Record<'admin' | 'editor' | 'reviewer' | 'viewer', User>;
}

/** The review workflow through the service and its endpoint, with real users and overrideAccess: false around it. */
export function reviewWorkflow(context: () => WorkflowContext) {
  describe('review workflow', () => {
    const requestAs = (user: User | undefined) => createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, context().payload);
    const act = async (user: User, id: number, action: ReviewAction, comment?: string) =>
      reviewDocument(await requestAs(user), { collection: 'news', id, action, comment });
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false }) as const;

    async function draftNews(title = `待审新闻${randomBytes(3).toString('hex')}`): Promise<News> {
      const { payload, users } = context();
      return payload.create({ collection: 'news', data: { ...fixtures.newsData(), title }, draft: true, ...as(users.editor) });
    }

    const latest = async (id: number) => context().payload.findByID({ collection: 'news', id, draft: true, depth: 0, ...as(context().users.viewer) });

    async function auditOf(id: number): Promise<AuditLog[]> {
      const { payload, users } = context();
      const result = await payload.find({
        collection: 'audit-log',
        where: { and: [{ collectionSlug: { equals: 'news' } }, { documentId: { equals: String(id) } }] },
        sort: 'id',
        depth: 0,
        ...as(users.viewer),
      });
      return result.docs;
    }

    async function refusalOf(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
      const error = await promise.then(
        () => null,
        (err: unknown) => err,
      );
      expect(error).toBeInstanceOf(APIError);
      const { status, message } = error as APIError;
      return { status, message };
    }

    it('takes a draft through submit, return, resubmit and approval, publishing it and logging each step', async () => {
      const { payload, users } = context();
      const draft = await draftNews('初稿标题');
      expect((await latest(draft.id)).review?.state).toBe('draft');

      await act(users.editor, draft.id, 'submit');
      expect((await latest(draft.id)).review).toMatchObject({ state: 'submitted', submittedBy: users.editor.id });

      await act(users.reviewer, draft.id, 'return', '标题请写明活动名称');
      expect((await latest(draft.id)).review).toMatchObject({ state: 'returned', comment: '标题请写明活动名称' });

      await payload.update({ collection: 'news', id: draft.id, data: { title: '职工读书月开幕' }, draft: true, ...as(users.editor) });
      expect((await latest(draft.id)).review?.state).toBe('returned');
      await act(users.editor, draft.id, 'submit');
      const { toState } = await act(users.reviewer, draft.id, 'approve');
      expect(toState).toBe('approved');

      const anonymous = await payload.find({ collection: 'news', where: { id: { equals: draft.id } }, overrideAccess: false });
      expect(anonymous.docs.map((d) => [d.title, d._status])).toEqual([['职工读书月开幕', 'published']]);
      // Review details stay inside the CMS.
      expect(anonymous.docs[0]?.review).toBeUndefined();
      expect((await latest(draft.id)).review?.state).toBe('approved');

      const entries = await auditOf(draft.id);
      expect(entries.map((e) => [e.action, e.fromState, e.toState, e.actor, e.comment ?? null])).toEqual([
        ['submit', 'draft', 'submitted', users.editor.id, null],
        ['return', 'submitted', 'returned', users.reviewer.id, '标题请写明活动名称'],
        ['submit', 'returned', 'submitted', users.editor.id, null],
        ['approve', 'submitted', 'approved', users.reviewer.id, null],
      ]);
      expect(entries.map((e) => e.actorEmail)).toEqual([users.editor.email, users.reviewer.email, users.editor.email, users.reviewer.email]);
      expect(entries.map((e) => e.documentTitle)).toEqual(['初稿标题', '初稿标题', '职工读书月开幕', '职工读书月开幕']);
    });

    it('sends an approved document edited again back to draft, live version untouched, until its change is approved', async () => {
      const { payload, users } = context();
      const draft = await draftNews('第一版');
      await act(users.editor, draft.id, 'submit');
      await act(users.reviewer, draft.id, 'approve');

      await payload.update({ collection: 'news', id: draft.id, data: { title: '第二版' }, draft: true, ...as(users.editor) });
      expect((await latest(draft.id)).review?.state).toBe('draft');
      const live = async () => (await payload.findByID({ collection: 'news', id: draft.id, overrideAccess: false })).title;
      expect(await live()).toBe('第一版');

      await act(users.editor, draft.id, 'submit');
      await act(users.reviewer, draft.id, 'approve');
      expect(await live()).toBe('第二版');
      expect((await latest(draft.id)).review?.state).toBe('approved');
    });

    it('rolls the whole approval back, state and audit entry, when publishing fails', async () => {
      const { payload, users, rulesApi } = context();
      const campaign = await payload.create({ collection: 'campaigns', data: fixtures.campaignData(), draft: true, ...as(users.editor) });
      await reviewDocument(await requestAs(users.editor), { collection: 'campaigns', id: campaign.id, action: 'submit' });
      rulesApi.failWith(500);

      await expect(reviewDocument(await requestAs(users.reviewer), { collection: 'campaigns', id: campaign.id, action: 'approve' })).rejects.toThrow(
        PUBLISH_SYNC_FAILED,
      );

      const stored = await payload.findByID({ collection: 'campaigns', id: campaign.id, draft: true, ...as(users.viewer) });
      expect([stored._status, stored.review?.state]).toEqual(['draft', 'submitted']);
      const entries = await payload.find({ collection: 'audit-log', where: { collectionSlug: { equals: 'campaigns' }, documentId: { equals: String(campaign.id) } }, ...as(users.viewer) });
      expect(entries.docs.map((e) => e.action)).toEqual(['submit']);
    });

    it('refuses a reviewer approving their own submission', async () => {
      const { payload } = context();
      const both = await payload.create({
        collection: 'users',
        data: { email: `both-${randomBytes(4).toString('hex')}@example.com`, password: 'correct horse battery', name: '编辑兼审核', roles: ['editor', 'reviewer'] },
        overrideAccess: true,
      });
      const draft = await payload.create({ collection: 'news', data: fixtures.newsData(), draft: true, ...as(both) });
      await act(both, draft.id, 'submit');

      expect(await refusalOf(act(both, draft.id, 'approve'))).toEqual({ status: 403, message: OWN_SUBMISSION_MESSAGE });
      expect((await latest(draft.id))._status).toBe('draft');
      expect((await auditOf(draft.id)).map((e) => e.action)).toEqual(['submit']);
    });

    it('refuses a return without a comment and changes nothing', async () => {
      const { users } = context();
      const draft = await draftNews();
      await act(users.editor, draft.id, 'submit');

      expect(await refusalOf(act(users.reviewer, draft.id, 'return', '  '))).toEqual({ status: 422, message: COMMENT_REQUIRED_MESSAGE });
      expect((await latest(draft.id)).review?.state).toBe('submitted');
      expect(await auditOf(draft.id)).toHaveLength(1);
    });

    it('refuses approving a draft that was never submitted', async () => {
      const { users } = context();
      const draft = await draftNews();

      expect(await refusalOf(act(users.reviewer, draft.id, 'approve'))).toEqual({ status: 409, message: NOT_SUBMITTED_MESSAGE });
      expect((await latest(draft.id))._status).toBe('draft');
      expect(await auditOf(draft.id)).toEqual([]);
    });

    it('refuses an editor approving, and a viewer returning', async () => {
      const { users } = context();
      const draft = await draftNews();
      await act(users.editor, draft.id, 'submit');

      expect(await refusalOf(act(users.editor, draft.id, 'approve'))).toEqual({ status: 403, message: REVIEW_FORBIDDEN_MESSAGE });
      expect(await refusalOf(act(users.viewer, draft.id, 'return', '不行'))).toEqual({ status: 403, message: REVIEW_FORBIDDEN_MESSAGE });
      expect((await latest(draft.id)).review?.state).toBe('submitted');
    });

    it('ignores a review state set by an ordinary edit, so only the workflow moves a document', async () => {
      const { payload, users } = context();
      const draft = await draftNews();

      await payload.update({ collection: 'news', id: draft.id, data: { review: { state: 'approved' } }, draft: true, ...as(users.admin) });
      expect((await latest(draft.id)).review?.state).toBe('draft');
    });

    it('lets an admin publish directly still, outside the workflow', async () => {
      const { payload, users } = context();
      const draft = await draftNews();

      const published = await payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' }, ...as(users.admin) });
      expect(published._status).toBe('published');
    });

    it('lets every staff member read the audit log and nobody, admins included, write, change or delete it', async () => {
      const { payload, users } = context();
      const draft = await draftNews();
      await act(users.editor, draft.id, 'submit');
      const [entry] = await auditOf(draft.id);
      if (!entry) throw new Error('no audit entry');

      for (const user of Object.values(users)) {
        await expect(payload.findByID({ collection: 'audit-log', id: entry.id, ...as(user) })).resolves.toMatchObject({ id: entry.id });
        await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { comment: '篡改' }, ...as(user) })).rejects.toBeInstanceOf(Forbidden);
        await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...as(user) })).rejects.toBeInstanceOf(Forbidden);
        await expect(
          payload.create({
            collection: 'audit-log',
            data: { actor: user.id, collectionSlug: 'news', documentId: String(draft.id), action: 'approve', fromState: 'submitted', toState: 'approved' },
            ...as(user),
          }),
        ).rejects.toBeInstanceOf(Forbidden);
      }
      await expect(payload.find({ collection: 'audit-log', overrideAccess: false })).rejects.toBeInstanceOf(Forbidden);
      expect(await auditOf(draft.id)).toEqual([entry]);
    });

    it('lists submitted documents across collections on the reviewers’ dashboard, and shows editors nothing', async () => {
      const { payload, users } = context();
      const news = await draftNews(`待审新闻${randomBytes(3).toString('hex')}`);
      const book = await payload.create({ collection: 'books', data: fixtures.bookData(), draft: true, ...as(users.editor) });
      const notSubmitted = await draftNews(`未提交新闻${randomBytes(3).toString('hex')}`);
      await act(users.editor, news.id, 'submit');
      await reviewDocument(await requestAs(users.editor), { collection: 'books', id: book.id, action: 'submit' });

      const html = renderToStaticMarkup(await PendingReviews({ payload, user: { ...users.reviewer, collection: 'users' } }));
      expect(html).toContain('待我审核');
      expect(html).toContain(news.title);
      expect(html).toContain(`/admin/collections/news/${news.id}`);
      expect(html).toContain(book.title);
      expect(html).toContain('推荐书目');
      // The submitter's name, although reviewers cannot read other user accounts.
      expect(html).toContain(users.editor.name || users.editor.email);
      expect(html).not.toContain(notSubmitted.title);
      expect(await PendingReviews({ payload, user: { ...users.editor, collection: 'users' } })).toBeNull();
    });

    it('keeps the audit entries of a deleted account, with its name and email', async () => {
      const { payload, users } = context();
      const email = `leaver-${randomBytes(4).toString('hex')}@example.com`;
      const leaver = await payload.create({
        collection: 'users',
        data: { email, password: 'correct horse battery', name: '离职编辑', roles: ['editor'] },
        overrideAccess: true,
      });
      const draft = await payload.create({ collection: 'news', data: fixtures.newsData(), draft: true, ...as(leaver) });
      await act(leaver, draft.id, 'submit');

      await payload.delete({ collection: 'users', id: leaver.id, ...as(users.admin) });

      expect((await auditOf(draft.id)).map((e) => [e.actor ?? null, e.actorName, e.actorEmail])).toEqual([[null, '离职编辑', email]]);
    });

    describe('POST /api/<collection>/:id/review', () => {
      async function post(user: User | undefined, id: number, body: Record<string, unknown>): Promise<Response> {
        const req: PayloadRequest = await requestAs(user);
        req.routeParams = { collection: 'news', id: String(id) };
        req.data = body;
        return handleReviewRequest(req);
      }

      it('answers 401 without a user', async () => {
        const draft = await draftNews();
        const response = await post(undefined, draft.id, { action: 'submit' });
        expect(response.status).toBe(401);
        expect(await response.json()).toEqual({ errors: [{ message: LOGIN_REQUIRED_MESSAGE }] });
      });

      it('answers a refusal in Payload’s error shape with the Chinese message, and changes nothing', async () => {
        const { users } = context();
        const draft = await draftNews();
        await act(users.editor, draft.id, 'submit');

        const response = await post(users.reviewer, draft.id, { action: 'return' });
        expect(response.status).toBe(422);
        expect(await response.json()).toEqual({ errors: [{ message: COMMENT_REQUIRED_MESSAGE, data: { code: 'REVIEW_REFUSED' } }] });
        expect((await latest(draft.id)).review?.state).toBe('submitted');
      });

      it('applies an allowed action and answers with the new state', async () => {
        const { users } = context();
        const draft = await draftNews();

        const response = await post(users.editor, draft.id, { action: 'submit' });
        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ state: 'submitted' });
        expect((await latest(draft.id)).review?.state).toBe('submitted');
      });
    });
  });
}
