import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CAMPAIGN_KINDS,
  campaignRulesSchema,
  capacityBelowRegistrationsMessage,
  errorEnvelope,
  QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE,
  QUOTA_NONE_MESSAGE,
} from '@union/schemas';
import {
  CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE,
  INVALID_ISBN_MESSAGE,
  WEIGHTS_NOT_100_MESSAGE,
} from '@union/schemas';
import { APIError, buildConfig, Forbidden, getPayload, ValidationError, type CollectionSlug, type Payload, type SanitizedConfig } from 'payload';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cmsConfig } from '../src/cmsConfig.ts';
import { syncAllCampaignRules } from '../src/collections/Campaigns/hooks/pushCampaignRules.ts';
import { PUBLISH_SYNC_FAILED } from '../src/collections/Campaigns/hooks/rulesApi.ts';
import { CLOSES_BEFORE_OPENS_MESSAGE, ENDS_BEFORE_START_MESSAGE } from '../src/collections/Campaigns/index.ts';
import {
  CANDIDATE_REQUIRED_MESSAGE,
  DUPLICATE_CANDIDATE_MESSAGE,
  ROUND_REQUIRED_MESSAGE,
  VOTE_CLOSES_BEFORE_OPENS_MESSAGE,
} from '../src/collections/Campaigns/votingRounds.ts';
import { integerRangeMessage } from '../src/fields/integerField.ts';
import { CLOSES_BEFORE_OPENS_MESSAGE as QUIZ_CLOSES_BEFORE_OPENS } from '../src/collections/Quizzes/index.ts';
import {
  CLOSES_BEFORE_OPENS_MESSAGE as EVENT_CLOSES_BEFORE_OPENS,
  ENDS_BEFORE_START_MESSAGE as EVENT_ENDS_BEFORE_START,
} from '../src/collections/ReadingEvents/index.ts';
import { CLOSES_BEFORE_OPENS_MESSAGE as CALL_CLOSES_BEFORE_OPENS } from '../src/collections/StoryCalls/index.ts';
import { HTTP_URL_MESSAGE, ICP_MESSAGE, PLACE_OR_LINK_MESSAGE } from '../src/fields/textRules.ts';
import { SLUG_FORMAT_MESSAGE, SLUG_TAKEN_MESSAGE } from '../src/fields/uniqueSlug.ts';
import type { Campaign, Media, User } from '../src/payload-types.ts';
import { seed } from '../src/seed/index.ts';
import type { Role } from '../src/slugs.ts';
import { accessMatrix } from './accessMatrix.ts';
import { modelWorkerLikes } from './modelWorkerLikes.ts';
import { participation } from './participation.ts';
import { reviewWorkflow } from './reviewWorkflow.ts';
import { scheduling } from './scheduling.ts';
import { sitePublishing, testSitePublishing } from './sitePublishing.ts';
import * as fixtures from './contentFixtures.ts';
import { closePayload, type TestDatabase } from './databases.ts';
import { modelWorkers as seededModelWorkers } from '../src/seed/data/modelWorkers.ts';
import { singerContest } from '../src/seed/data/singerContest.ts';
import { siteSettings } from '../src/seed/data/siteSettings.ts';
import { innovationStudios as seededStudios } from '../src/seed/data/studios.ts';
import { startRulesApiDouble, type RulesApiDouble } from './rulesApiDouble.ts';

const TOKEN = 'test-internal-token';
const CONTENT_SLUGS = [
  'model-workers',
  'innovation-studios',
  'books',
  'reading-events',
  'story-calls',
  'contests',
  'contestants',
  'quizzes',
  'quiz-questions',
  'enterprises',
  'news',
] as const;
const CHINESE = /[\u4e00-\u9fff]/;

const uniqueSlug = (prefix = 'test') => `${prefix}-${randomBytes(4).toString('hex')}`;
const uniqueEmail = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;

function campaignData(overrides: Partial<Campaign> = {}) {
  return {
    title: '测试活动',
    slug: uniqueSlug(),
    kind: 'reading-month' as const,
    summary: '测试摘要',
    startsAt: '2019-04-01T00:00:00.000Z',
    endsAt: '2019-04-30T15:59:59.000Z',
    registration: { enabled: true, opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2019-04-20T00:00:00.000Z' },
    ...overrides,
  };
}

/** The field errors of a rejected Local API call, which must be a ValidationError. */
async function fieldErrorsOf(promise: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }));
}

/**
 * The CMS's integration suite, run once per database adapter. Everything goes through the Local
 * API with `overrideAccess: false` and an explicit user (or none, for an anonymous caller),
 * against a fresh database whose schema comes from the committed migrations.
 */
export function cmsIntegrationSuite(adapter: string, createDatabase: () => Promise<TestDatabase>) {
  describe(`CMS on ${adapter}`, () => {
    let payload: Payload;
    let database: TestDatabase;
    let dataDir: string;
    let rulesApi: RulesApiDouble;
    let config: SanitizedConfig;
    let sitesDir: string;
    let admin: User;
    let editor: User;
    let reviewer: User;
    let viewer: User;

    beforeAll(async () => {
      dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-test-data-'));
      database = await createDatabase();
      rulesApi = await startRulesApiDouble();
      sitesDir = path.join(dataDir, 'sites');
      config = await buildConfig(
        cmsConfig({
          databaseUrl: database.url,
          dataDir,
          secret: randomBytes(32).toString('hex'),
          serverUrl: 'http://localhost:3000',
          rulesSync: { url: rulesApi.url, token: TOKEN, timeoutMs: 5_000 },
          sitePublishing: testSitePublishing(sitesDir),
          logLevel: 'silent',
        }),
      );
      payload = await getPayload({ config });
      await payload.db.migrate({ migrations: database.migrations as never });

      admin = { ...(await createUser(['admin'])), collection: 'users' };
      editor = { ...(await createUser(['editor'])), collection: 'users' };
      reviewer = { ...(await createUser(['reviewer'])), collection: 'users' };
      viewer = { ...(await createUser(['viewer'])), collection: 'users' };
    });

    afterAll(async () => {
      await closePayload(payload);
      await rulesApi?.close();
      await database?.drop();
      if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
    });

    beforeEach(() => rulesApi.reset());

    async function createUser(roles: Role[]): Promise<User> {
      return payload.create({
        collection: 'users',
        data: { email: uniqueEmail(roles[0] ?? 'user'), password: 'correct horse battery', name: '测试用户', roles },
        overrideAccess: true,
      });
    }

    const asEditor = () => ({ user: editor, overrideAccess: false }) as const;
    const asReviewer = () => ({ user: reviewer, overrideAccess: false }) as const;
    const asAdmin = () => ({ user: admin, overrideAccess: false }) as const;
    const anonymously = { overrideAccess: false } as const;

    async function findAnonymously(slug: string, draft = false) {
      return payload.find({ collection: 'campaigns', where: { slug: { equals: slug } }, draft, ...anonymously });
    }

    accessMatrix(() => ({ payload, users: { admin, editor, reviewer, viewer } }));
    reviewWorkflow(() => ({ payload, rulesApi, users: { admin, editor, reviewer, viewer } }));
    scheduling(() => ({ payload, config, users: { admin, editor, reviewer, viewer } }));
    sitePublishing(() => ({ payload, config, sitesDir, rulesApi, users: { admin, editor, reviewer, viewer } }));
    participation(() => ({ payload, config, rulesApi, token: TOKEN, users: { admin, editor, reviewer, viewer } }));
    modelWorkerLikes(() => ({ payload, rulesApi, users: { admin, editor, reviewer, viewer } }));

    describe('several writers at once', () => {
      it('saves every one of 20 documents written at the same moment', async () => {
        const titles = Array.from({ length: 20 }, (_, i) => `并发新闻${i}-${randomBytes(2).toString('hex')}`);
        const results = await Promise.allSettled(
          titles.map((title) =>
            payload.create({ collection: 'news', data: { ...fixtures.newsData(), title, _status: 'published' }, ...asAdmin() }),
          ),
        );
        expect(results.filter((r) => r.status === 'rejected').map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
        const saved = await payload.find({ collection: 'news', where: { title: { in: titles } }, pagination: false, ...anonymously });
        expect(saved.docs.map((d) => d.title).sort()).toEqual([...titles].sort());
      });
    });

    describe('who sees what', () => {
      it('hides a draft campaign from anonymous readers', async () => {
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });

        expect((await findAnonymously(draft.slug)).totalDocs).toBe(0);
        await expect(payload.findByID({ collection: 'campaigns', id: draft.id, ...anonymously })).rejects.toThrow();
        const asStaff = await payload.find({ collection: 'campaigns', where: { slug: { equals: draft.slug } }, ...asEditor() });
        expect(asStaff.totalDocs).toBe(1);
      });

      it('does not leak drafts to anonymous readers who ask for drafts', async () => {
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });

        expect((await findAnonymously(draft.slug, true)).totalDocs).toBe(0);
      });

      it('shows anonymous readers the published version of a campaign that has a newer draft', async () => {
        const published = await payload.create({
          collection: 'campaigns',
          data: { ...campaignData({ title: '已发布的标题' }), _status: 'published' },
          ...asAdmin(),
        });
        await payload.update({
          collection: 'campaigns',
          id: published.id,
          data: { title: '尚未发布的新标题' },
          draft: true,
          ...asEditor(),
        });

        const anonymous = await findAnonymously(published.slug);
        expect(anonymous.docs.map((d) => d.title)).toEqual(['已发布的标题']);
        const anonymousDraft = await findAnonymously(published.slug, true);
        expect(anonymousDraft.docs.map((d) => d.title)).not.toContain('尚未发布的新标题');
        const staffDraft = await payload.findByID({ collection: 'campaigns', id: published.id, draft: true, ...asEditor() });
        expect(staffDraft.title).toBe('尚未发布的新标题');
      });

      it('lets anonymous readers see media but not accounts', async () => {
        await expect(payload.find({ collection: 'media', ...anonymously })).resolves.toBeDefined();
        await expect(payload.find({ collection: 'users', ...anonymously })).rejects.toBeInstanceOf(Forbidden);
      });
    });

    describe('editing campaigns', () => {
      it('lets an editor create a draft and a reviewer publish it', async () => {
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });
        expect(draft._status).toBe('draft');

        const published = await payload.update({
          collection: 'campaigns',
          id: draft.id,
          data: { _status: 'published' },
          ...asReviewer(),
        });

        expect(published._status).toBe('published');
        expect((await findAnonymously(draft.slug)).totalDocs).toBe(1);
      });

      it('refuses an anonymous create', async () => {
        const error = await payload
          .create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...anonymously })
          .catch((err: unknown) => err);
        expect(error).toBeInstanceOf(Forbidden);
        expect((error as Forbidden).message).toMatch(CHINESE);
      });

      it('refuses an anonymous update and delete of a published campaign', async () => {
        const published = await payload.create({
          collection: 'campaigns',
          data: { ...campaignData({ title: '原标题' }), _status: 'published' },
          ...asAdmin(),
        });

        await expect(
          payload.update({ collection: 'campaigns', id: published.id, data: { title: '被篡改' }, ...anonymously }),
        ).rejects.toBeInstanceOf(Forbidden);
        await expect(payload.delete({ collection: 'campaigns', id: published.id, ...anonymously })).rejects.toBeInstanceOf(Forbidden);

        const stored = await payload.findByID({ collection: 'campaigns', id: published.id, ...asEditor() });
        expect(stored.title).toBe('原标题');
      });

      it('refuses to publish a slug another campaign uses, with a Chinese message', async () => {
        const first = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });

        const errors = await fieldErrorsOf(
          payload.create({ collection: 'campaigns', data: { ...campaignData({ slug: first.slug }), _status: 'published' }, ...asAdmin() }),
        );
        expect(errors).toEqual([{ path: 'slug', message: SLUG_TAKEN_MESSAGE }]);
      });

      it('keeps slugs unique for drafts too, with a Chinese message', async () => {
        const first = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });

        const errors = await fieldErrorsOf(
          payload.create({ collection: 'campaigns', data: campaignData({ slug: first.slug }), draft: true, ...asEditor() }),
        );
        expect(errors.map((e) => e.path)).toEqual(['slug']);
        expect(errors[0]?.message).toMatch(CHINESE);
      });

      it('refuses a slug that is not lower-case letters, digits and hyphens, with a Chinese message', async () => {
        const errors = await fieldErrorsOf(
          payload.create({ collection: 'campaigns', data: { ...campaignData({ slug: '读书月 2019' }), _status: 'published' }, ...asAdmin() }),
        );
        expect(errors).toEqual([{ path: 'slug', message: SLUG_FORMAT_MESSAGE }]);
      });

      it('refuses an end before the start, with a Chinese message', async () => {
        const errors = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: { ...campaignData({ startsAt: '2019-05-01T00:00:00.000Z', endsAt: '2019-04-01T00:00:00.000Z' }), _status: 'published' },
            ...asAdmin(),
          }),
        );
        expect(errors).toEqual([{ path: 'endsAt', message: ENDS_BEFORE_START_MESSAGE }]);
      });

      it('refuses registration closing before it opens, with a Chinese message', async () => {
        const errors = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: {
              ...campaignData({
                registration: { enabled: true, opensAt: '2019-04-10T00:00:00.000Z', closesAt: '2019-04-09T00:00:00.000Z' },
              }),
              _status: 'published',
            },
            ...asAdmin(),
          }),
        );
        expect(errors).toEqual([{ path: 'registration.closesAt', message: CLOSES_BEFORE_OPENS_MESSAGE }]);
      });
    });

    describe('campaign content', () => {
      // One valid document per new collection; contestants need a contest to belong to.
      const validData: Record<string, () => Promise<Record<string, unknown>>> = {
        'model-workers': async () => fixtures.modelWorkerData(),
        'innovation-studios': async () => fixtures.innovationStudioData(),
        books: async () => fixtures.bookData(),
        'reading-events': async () => fixtures.readingEventData(),
        'story-calls': async () => fixtures.storyCallData(),
        contests: async () => fixtures.contestData(),
        contestants: async () => {
          const contest = await payload.create({ collection: 'contests', data: { ...fixtures.contestData(), _status: 'published' }, ...asAdmin() });
          return fixtures.contestantData(contest.id);
        },
        quizzes: async () => fixtures.quizData(),
        'quiz-questions': async () => fixtures.quizQuestionData(),
        enterprises: async () => fixtures.enterpriseData(),
        pages: async () => fixtures.pageData(),
        news: async () => fixtures.newsData(),
      };

      for (const [collection, dataFor] of Object.entries(validData)) {
        it(`shows anonymous readers only published ${collection}`, async () => {
          const slug = collection as CollectionSlug;
          const published = await payload.create({ collection: slug, data: { ...(await dataFor()), _status: 'published' } as never, ...asAdmin() });
          const draft = await payload.create({ collection: slug, data: (await dataFor()) as never, draft: true, ...asEditor() });
          const both = { id: { in: [published.id, draft.id] } };

          const anonymous = await payload.find({ collection: slug, where: both, ...anonymously });
          expect(anonymous.docs.map((d) => d.id)).toEqual([published.id]);
          const anonymousDrafts = await payload.find({ collection: slug, where: both, draft: true, ...anonymously });
          expect(anonymousDrafts.docs.map((d) => d.id)).toEqual([published.id]);
          await expect(payload.findByID({ collection: slug, id: draft.id, ...anonymously })).rejects.toThrow();
          expect((await payload.find({ collection: slug, where: both, ...asEditor() })).totalDocs).toBe(2);
          await expect(
            payload.create({ collection: slug, data: { ...(await dataFor()), _status: 'published' } as never, ...anonymously }),
          ).rejects.toBeInstanceOf(Forbidden);
        });
      }

      const publish = (collection: CollectionSlug, data: Record<string, unknown>) =>
        payload.create({ collection, data: { ...data, _status: 'published' } as never, ...asAdmin() });

      it('refuses a book with an invalid ISBN, in Chinese', async () => {
        expect(await fieldErrorsOf(publish('books', { ...fixtures.bookData(), isbn: '978-7-02-000220-8' }))).toEqual([
          { path: 'isbn', message: INVALID_ISBN_MESSAGE },
        ]);
      });

      it('takes a book without an ISBN', async () => {
        const { isbn: _isbn, ...withoutIsbn } = fixtures.bookData();
        await expect(publish('books', withoutIsbn)).resolves.toMatchObject({ isbn: null });
      });

      it('refuses a quiz question whose correct answer is not among its options, in Chinese', async () => {
        expect(await fieldErrorsOf(publish('quiz-questions', { ...fixtures.quizQuestionData(), correctAnswers: ['B', 'D'] }))).toEqual([
          { path: 'correctAnswers', message: CORRECT_ANSWER_NOT_AN_OPTION_MESSAGE },
        ]);
      });

      it('stores a question’s correct answers as option letters', async () => {
        const question = await publish('quiz-questions', { ...fixtures.quizQuestionData(), correctAnswers: ['A', 'C'] });
        const stored = await payload.findByID({ collection: 'quiz-questions', id: question.id, ...anonymously });
        expect(stored.correctAnswers).toEqual(['A', 'C']);
        expect(stored.options?.map((o) => o.text)).toEqual(['110', '119', '120']);
      });

      it('refuses contest rounds that overlap, naming them in Chinese', async () => {
        const contest = fixtures.contestData();
        const rounds = [...contest.rounds, { name: '复赛', startsAt: '2019-06-04T00:00:00.000Z', endsAt: '2019-06-06T00:00:00.000Z', judgeWeight: 50, publicWeight: 50 }];
        expect(await fieldErrorsOf(publish('contests', { ...contest, rounds }))).toEqual([{ path: 'rounds', message: '第 1 轮与第 3 轮的时间重叠' }]);
      });

      it('refuses round weights that do not add up to 100, in Chinese', async () => {
        const contest = fixtures.contestData();
        const rounds = [contest.rounds[0], { ...contest.rounds[1], judgeWeight: 60, publicWeight: 50 }];
        expect(await fieldErrorsOf(publish('contests', { ...contest, rounds }))).toEqual([
          { path: 'rounds.1.publicWeight', message: WEIGHTS_NOT_100_MESSAGE },
        ]);
      });

      it('refuses a reading event with neither a place nor an online link, in Chinese', async () => {
        expect(await fieldErrorsOf(publish('reading-events', { ...fixtures.readingEventData(), place: '', onlineUrl: '' }))).toEqual([
          { path: 'place', message: PLACE_OR_LINK_MESSAGE },
        ]);
      });

      it('takes an online reading event with an https link and refuses other links', async () => {
        const online = { ...fixtures.readingEventData(), place: null };
        await expect(publish('reading-events', { ...online, onlineUrl: 'https://live.example.com/room/8' })).resolves.toBeDefined();
        expect(await fieldErrorsOf(publish('reading-events', { ...online, onlineUrl: 'javascript:alert(1)' }))).toEqual([
          { path: 'onlineUrl', message: HTTP_URL_MESSAGE },
        ]);
      });

      it('refuses a reading event that ends before it starts, in Chinese', async () => {
        const event = { ...fixtures.readingEventData(), endsAt: '2019-04-20T05:00:00.000Z' };
        expect(await fieldErrorsOf(publish('reading-events', event))).toEqual([{ path: 'endsAt', message: EVENT_ENDS_BEFORE_START }]);
      });

      it('refuses a window closing before it opens, in Chinese', async () => {
        const opensAt = '2019-04-10T00:00:00.000Z';
        const closesAt = '2019-04-09T00:00:00.000Z';
        expect(
          await fieldErrorsOf(publish('reading-events', { ...fixtures.readingEventData(), registration: { opensAt, closesAt } })),
        ).toEqual([{ path: 'registration.closesAt', message: EVENT_CLOSES_BEFORE_OPENS }]);
        expect(await fieldErrorsOf(publish('story-calls', { ...fixtures.storyCallData(), opensAt, closesAt }))).toEqual([
          { path: 'closesAt', message: CALL_CLOSES_BEFORE_OPENS },
        ]);
        expect(await fieldErrorsOf(publish('quizzes', { ...fixtures.quizData(), opensAt, closesAt }))).toEqual([
          { path: 'closesAt', message: QUIZ_CLOSES_BEFORE_OPENS },
        ]);
      });

      it('refuses quiz settings outside their ranges, in Chinese', async () => {
        const errors = await fieldErrorsOf(publish('quizzes', { ...fixtures.quizData(), questionsPerAttempt: 0, timeLimitSeconds: 10, attemptsPerDay: 2.5 }));
        expect(errors).toEqual([
          { path: 'questionsPerAttempt', message: '请填写 1 到 100 之间的整数' },
          { path: 'timeLimitSeconds', message: '请填写 30 到 7200 之间的整数' },
          { path: 'attemptsPerDay', message: '请填写 1 到 20 之间的整数' },
        ]);
      });

      it('refuses a model worker without any honour', async () => {
        const errors = await fieldErrorsOf(publish('model-workers', { ...fixtures.modelWorkerData(), honors: [] }));
        expect(errors.map((e) => e.path)).toEqual(['honors']);
      });
    });

    describe('site settings', () => {
      it('can be read anonymously and changed by a reviewer', async () => {
        await payload.updateGlobal({
          slug: 'site-settings',
          data: { organisationName: '市总工会', icpNumber: '苏ICP备00000000号-1' },
          ...asReviewer(),
        });

        const read = await payload.findGlobal({ slug: 'site-settings', ...anonymously });
        expect(read).toMatchObject({ organisationName: '市总工会', icpNumber: '苏ICP备00000000号-1' });
        await expect(
          payload.updateGlobal({ slug: 'site-settings', data: { organisationName: '被篡改' }, ...anonymously }),
        ).rejects.toBeInstanceOf(Forbidden);
        expect((await payload.findGlobal({ slug: 'site-settings', ...anonymously })).organisationName).toBe('市总工会');
      });

      it('refuses a malformed ICP number, in Chinese', async () => {
        expect(
          await fieldErrorsOf(payload.updateGlobal({ slug: 'site-settings', data: { organisationName: '市总工会', icpNumber: 'ICP-123' }, ...asReviewer() })),
        ).toEqual([{ path: 'icpNumber', message: ICP_MESSAGE }]);
      });
    });

    describe('media', () => {
      it('strips EXIF, GPS included, from the stored original and every size', async () => {
        const photo = await sharp({ create: { width: 1800, height: 1200, channels: 3, background: '#3a7bd5' } })
          .jpeg({ quality: 80 })
          .withExif({
            IFD0: { Make: 'ExampleCam', Model: 'X1', Copyright: '测试' },
            IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '120/1 37/1 0/1' },
          })
          .toBuffer();
        const exifBefore = (await sharp(photo).metadata()).exif;
        expect(exifBefore?.toString('latin1')).toContain('ExampleCam');

        const media = (await payload.create({
          collection: 'media',
          data: { alt: '带定位信息的测试照片' },
          file: { data: photo, mimetype: 'image/jpeg', name: `gps-${randomBytes(3).toString('hex')}.jpg`, size: photo.length },
          ...asEditor(),
        })) as Media;

        expect(media.mimeType).toBe('image/jpeg');
        const files = [media.filename, ...Object.values(media.sizes ?? {}).map((size) => size?.filename)];
        expect(files).toHaveLength(4);
        for (const file of files) {
          expect(file).toBeTruthy();
          const metadata = await sharp(path.join(dataDir, 'media', file as string)).metadata();
          expect({ file, exif: metadata.exif }).toEqual({ file, exif: undefined });
        }
        const original = await sharp(path.join(dataDir, 'media', media.filename as string)).metadata();
        expect([original.format, original.width, original.height]).toEqual(['jpeg', 1800, 1200]);
      });
    });

    describe('accounts', () => {
      it('refuses to let an editor create an account', async () => {
        await expect(
          payload.create({
            collection: 'users',
            data: { email: uniqueEmail('new'), password: 'correct horse battery', name: '新用户', roles: ['editor'] },
            ...asEditor(),
          }),
        ).rejects.toBeInstanceOf(Forbidden);
      });

      it('lets an admin create an editor account', async () => {
        const created = await payload.create({
          collection: 'users',
          data: { email: uniqueEmail('new'), password: 'correct horse battery', name: '新编辑', roles: ['editor'] },
          user: admin,
          overrideAccess: false,
        });
        expect(created.roles).toEqual(['editor']);
      });

      it('keeps an editor from raising their own role', async () => {
        const self = { ...(await createUser(['editor'])), collection: 'users' as const };

        const updated = await payload.update({
          collection: 'users',
          id: self.id,
          data: { name: '改过的名字', roles: ['admin'] },
          user: self,
          overrideAccess: false,
        });

        expect(updated.name).toBe('改过的名字');
        const stored = await payload.findByID({ collection: 'users', id: self.id, overrideAccess: true });
        expect(stored.roles).toEqual(['editor']);
      });

      it('keeps an editor from reading or changing another account', async () => {
        const other = await createUser(['editor']);

        const visible = await payload.find({ collection: 'users', ...asEditor() });
        expect(visible.docs.map((u) => u.id)).toEqual([editor.id]);
        await expect(
          payload.update({ collection: 'users', id: other.id, data: { name: '被改名' }, ...asEditor() }),
        ).rejects.toBeInstanceOf(Forbidden);
        await expect(payload.delete({ collection: 'users', id: other.id, ...asEditor() })).rejects.toBeInstanceOf(Forbidden);
      });
    });

    describe('campaign rules sync', () => {
      /** Published candidates for a voting round: a contestant and a model worker, with their names. */
      async function publishedCandidates() {
        const contest = await payload.create({ collection: 'contests', data: { ...fixtures.contestData(), _status: 'published' }, ...asAdmin() });
        const contestant = await payload.create({ collection: 'contestants', data: { ...fixtures.contestantData(contest.id), _status: 'published' }, ...asAdmin() });
        const worker = await payload.create({ collection: 'model-workers', data: { ...fixtures.modelWorkerData(), _status: 'published' }, ...asAdmin() });
        return { contest, contestant, worker };
      }

      /** A valid open round with one published contestant, for tests about something else. */
      async function oneRound() {
        const { contestant } = await publishedCandidates();
        return [{ name: '大众投票', opensAt: '2019-06-01T00:00:00.000Z', closesAt: '2019-06-10T00:00:00.000Z', candidates: [{ relationTo: 'contestants' as const, value: contestant.id }] }];
      }

      it('pushes the rules snapshot to the participation API when a campaign is published', async () => {
        const { contest, contestant, worker } = await publishedCandidates();
        const draftContestant = await payload.create({ collection: 'contestants', data: fixtures.contestantData(contest.id), draft: true, ...asEditor() });
        const published = await payload.create({
          collection: 'campaigns',
          data: {
            ...campaignData({ kind: 'singer-contest', title: '职工歌手大赛' }),
            voting: {
              enabled: true,
              perParticipantPerDay: 10,
              perCandidatePerDay: 2,
              perParticipantPerRound: 60,
              flagVotesPerMinute: 300,
              rounds: [
                {
                  name: '决赛大众投票',
                  opensAt: '2019-06-01T08:00:00+08:00',
                  closesAt: '2019-06-10T00:00:00.000Z',
                  candidates: [
                    { relationTo: 'contestants', value: contestant.id },
                    { relationTo: 'contestants', value: draftContestant.id },
                    { relationTo: 'model-workers', value: worker.id },
                  ],
                },
              ],
            },
            _status: 'published',
          },
          ...asAdmin(),
        });
        const roundId = published.voting?.rounds?.[0]?.id;
        expect(roundId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);

        expect(rulesApi.requests).toHaveLength(1);
        const [request] = rulesApi.requests;
        expect(request).toMatchObject({
          method: 'PUT',
          path: `/v1/internal/campaigns/${published.slug}`,
          authorization: `Bearer ${TOKEN}`,
          contentType: 'application/json',
        });
        expect(campaignRulesSchema.safeParse(request?.body).success).toBe(true);
        expect(request?.body).toEqual({
          slug: published.slug,
          title: '职工歌手大赛',
          kind: 'singer-contest',
          registration: {
            enabled: true,
            opensAt: '2019-04-01T00:00:00.000Z',
            closesAt: '2019-04-20T00:00:00.000Z',
            capacity: null,
            requiresVerifiedParticipant: false,
          },
          voting: {
            enabled: true,
            requiresVerifiedParticipant: true,
            perParticipantPerDay: 10,
            perCandidatePerDay: 2,
            perParticipantPerRound: 60,
            flagVotesPerMinute: 300,
            rounds: [
              {
                id: roundId,
                name: '决赛大众投票',
                opensAt: '2019-06-01T00:00:00.000Z',
                closesAt: '2019-06-10T00:00:00.000Z',
                candidateSource: 'selected',
                // The draft contestant is left out: the public cannot see it, so nobody may vote for it.
                candidates: [
                  { id: `contestants-${contestant.id}`, name: contestant.stageName },
                  { id: `model-workers-${worker.id}`, name: worker.name },
                ],
              },
            ],
          },
          updatedAt: new Date(published.updatedAt).toISOString(),
        });
      });

      it('sends nothing when a draft is saved', async () => {
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });
        await payload.update({ collection: 'campaigns', id: draft.id, data: { title: '改过的草稿' }, draft: true, ...asEditor() });

        expect(rulesApi.requests).toEqual([]);
      });

      it('sends nothing when a draft is saved over a published campaign', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.reset();

        await payload.update({ collection: 'campaigns', id: published.id, data: { title: '新草稿' }, draft: true, ...asEditor() });

        expect(rulesApi.requests).toEqual([]);
      });

      it('fails the publish with a Chinese error, and leaves the campaign unpublished, when the API answers 500', async () => {
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });
        rulesApi.failWith(500);

        const error = await payload
          .update({ collection: 'campaigns', id: draft.id, data: { _status: 'published' }, ...asReviewer() })
          .catch((err: unknown) => err);

        expect(error).toBeInstanceOf(APIError);
        expect(error).toMatchObject({ message: PUBLISH_SYNC_FAILED, status: 502, isPublic: true });
        expect(rulesApi.requests.map((r) => r.method)).toEqual(['PUT']);
        expect((await findAnonymously(draft.slug)).totalDocs).toBe(0);
        const stored = await payload.findByID({ collection: 'campaigns', id: draft.id, ...asEditor() });
        expect(stored._status).toBe('draft');
      });

      it('sends the registration capacity with the rules, and none when registration is closed', async () => {
        await payload.create({
          collection: 'campaigns',
          data: { ...campaignData({ registration: { enabled: true, opensAt: null, closesAt: null, capacity: 50 } }), _status: 'published' },
          ...asAdmin(),
        });
        await payload.create({
          collection: 'campaigns',
          data: { ...campaignData({ registration: { enabled: false, capacity: 50 } }), _status: 'published' },
          ...asAdmin(),
        });
        const sent = rulesApi.requests.map((r) => (r.body as { registration: { capacity: number | null } }).registration.capacity);
        expect(sent).toEqual([50, null]);
      });

      it('refuses a capacity below the confirmed registrations on the 名额 field, with the API\'s numbers, keeping the live version', async () => {
        const live = await payload.create({
          collection: 'campaigns',
          data: { ...campaignData({ registration: { enabled: true, opensAt: null, closesAt: null, capacity: 60 } }), _status: 'published' },
          ...asAdmin(),
        });
        const message = capacityBelowRegistrationsMessage(30, 42);
        rulesApi.answerWith(409, errorEnvelope('CAPACITY_BELOW_REGISTRATIONS', { message, details: { capacity: 30, registered: 42 } }));

        const errors = await fieldErrorsOf(
          payload.update({
            collection: 'campaigns',
            id: live.id,
            data: { registration: { enabled: true, opensAt: null, closesAt: null, capacity: 30 }, _status: 'published' },
            ...asReviewer(),
          }),
        );
        expect(errors).toEqual([{ path: 'registration.capacity', message }]);
        const anonymous = await payload.findByID({ collection: 'campaigns', id: live.id, ...anonymously });
        expect(anonymous.registration?.capacity).toBe(60);
      });

      it('refuses a capacity that is not a whole number of at least 1, before asking the API', async () => {
        const errors = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: { ...campaignData({ registration: { enabled: true, capacity: 0 } }), _status: 'published' },
            ...asAdmin(),
          }),
        );
        expect(errors.map((e) => e.path)).toEqual(['registration.capacity']);
        expect(rulesApi.requests).toEqual([]);
      });

      it('refuses vote quotas that cannot apply, or open voting without any, with Chinese field messages and nothing sent', async () => {
        const rounds = await oneRound();
        const above = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: { ...campaignData(), voting: { enabled: true, perParticipantPerDay: 5, perCandidatePerDay: 6, rounds }, _status: 'published' },
            ...asAdmin(),
          }),
        );
        expect(above).toEqual([{ path: 'voting.perCandidatePerDay', message: QUOTA_CANDIDATE_ABOVE_DAY_MESSAGE }]);
        const none = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: {
              ...campaignData(),
              voting: { enabled: true, perParticipantPerDay: null, perCandidatePerDay: null, perParticipantPerRound: null, rounds },
              _status: 'published',
            },
            ...asAdmin(),
          }),
        );
        expect(none).toEqual([{ path: 'voting.perParticipantPerDay', message: QUOTA_NONE_MESSAGE }]);
        expect(rulesApi.requests).toEqual([]);
      });

      it('refuses to publish open voting without a round, a round without candidates, an empty window or a candidate twice, in Chinese, sending nothing', async () => {
        const { contestant } = await publishedCandidates();
        const voting = { enabled: true, perParticipantPerDay: 10, perCandidatePerDay: 1 };
        const round = { name: '大众投票', opensAt: '2019-06-01T00:00:00.000Z', closesAt: '2019-06-10T00:00:00.000Z' };
        const ref = { relationTo: 'contestants' as const, value: contestant.id };
        const publish = (rounds: unknown[]) =>
          fieldErrorsOf(payload.create({ collection: 'campaigns', data: { ...campaignData(), voting: { ...voting, rounds } as never, _status: 'published' }, ...asAdmin() }));

        expect(await publish([])).toEqual([{ path: 'voting.rounds', message: ROUND_REQUIRED_MESSAGE }]);
        expect(await publish([{ ...round, candidates: [] }])).toEqual([{ path: 'voting.rounds.0.candidates', message: CANDIDATE_REQUIRED_MESSAGE }]);
        expect(await publish([{ ...round, closesAt: round.opensAt, candidates: [ref] }])).toEqual([
          { path: 'voting.rounds.0.closesAt', message: VOTE_CLOSES_BEFORE_OPENS_MESSAGE },
        ]);
        expect(await publish([{ ...round, candidates: [ref, ref] }])).toEqual([{ path: 'voting.rounds.0.candidates', message: DUPLICATE_CANDIDATE_MESSAGE }]);
        expect(rulesApi.requests).toEqual([]);
      });

      it('lets an editor save a draft with open voting and no rounds yet, and a campaign without voting publish with none', async () => {
        const draft = await payload.create({
          collection: 'campaigns',
          data: { ...campaignData(), voting: { enabled: true, perParticipantPerDay: 10, perCandidatePerDay: 1 } },
          draft: true,
          ...asEditor(),
        });
        expect(draft.voting?.enabled).toBe(true);
        const closed = await payload.create({ collection: 'campaigns', data: { ...campaignData(), voting: { enabled: false }, _status: 'published' }, ...asAdmin() });
        expect(closed._status).toBe('published');
        expect((rulesApi.requests[0]?.body as { voting: { rounds: unknown[] } }).voting.rounds).toEqual([]);
      });

      it('refuses an alert threshold that is not a whole number of at least 1', async () => {
        const rounds = await oneRound();
        const errors = await fieldErrorsOf(
          payload.create({
            collection: 'campaigns',
            data: { ...campaignData(), voting: { enabled: true, perParticipantPerDay: 10, perCandidatePerDay: 1, flagVotesPerMinute: 0.5, rounds }, _status: 'published' },
            ...asAdmin(),
          }),
        );
        expect(errors).toEqual([{ path: 'voting.flagVotesPerMinute', message: integerRangeMessage(1) }]);
        expect(rulesApi.requests).toEqual([]);
      });

      it('creates nothing when publishing a new campaign fails to sync', async () => {
        const slug = uniqueSlug();
        rulesApi.failWith(500);

        await expect(
          payload.create({ collection: 'campaigns', data: { ...campaignData({ slug }), _status: 'published' }, ...asAdmin() }),
        ).rejects.toThrow(PUBLISH_SYNC_FAILED);

        const stored = await payload.find({ collection: 'campaigns', where: { slug: { equals: slug } }, ...asEditor() });
        expect(stored.totalDocs).toBe(0);
      });

      it('removes the snapshot when a published campaign is deleted', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.reset();

        await payload.delete({ collection: 'campaigns', id: published.id, ...asAdmin() });

        expect(rulesApi.requests.map((r) => [r.method, r.path, r.authorization])).toEqual([
          ['DELETE', `/v1/internal/campaigns/${published.slug}`, `Bearer ${TOKEN}`],
        ]);
      });

      it('keeps a published campaign when removing its snapshot fails', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.failWith(500);

        await expect(payload.delete({ collection: 'campaigns', id: published.id, ...asAdmin() })).rejects.toThrow(CHINESE);

        expect((await findAnonymously(published.slug)).totalDocs).toBe(1);
      });

      it('moves the snapshot when the slug of a published campaign changes', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        const newSlug = uniqueSlug('renamed');
        rulesApi.reset();

        await payload.update({ collection: 'campaigns', id: published.id, data: { slug: newSlug, _status: 'published' }, ...asAdmin() });

        expect(rulesApi.requests.map((r) => [r.method, r.path])).toEqual([
          ['PUT', `/v1/internal/campaigns/${newSlug}`],
          ['DELETE', `/v1/internal/campaigns/${published.slug}`],
        ]);
      });

      it('moves the snapshot when a slug changed in a draft is published', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        const newSlug = uniqueSlug('renamed');
        await payload.update({ collection: 'campaigns', id: published.id, data: { slug: newSlug }, draft: true, ...asEditor() });
        rulesApi.reset();

        await payload.update({ collection: 'campaigns', id: published.id, data: { _status: 'published' }, ...asAdmin() });

        expect(rulesApi.requests.map((r) => [r.method, r.path])).toEqual([
          ['PUT', `/v1/internal/campaigns/${newSlug}`],
          ['DELETE', `/v1/internal/campaigns/${published.slug}`],
        ]);
      });

      it('removes the snapshot when a campaign is unpublished', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.reset();

        await payload.update({ collection: 'campaigns', id: published.id, data: { _status: 'draft' }, ...asReviewer() });

        expect(rulesApi.requests.map((r) => [r.method, r.path])).toEqual([['DELETE', `/v1/internal/campaigns/${published.slug}`]]);
        expect((await findAnonymously(published.slug)).totalDocs).toBe(0);
      });

      it('pushes every published campaign, and only those, on a full sync', async () => {
        const published = await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        const draft = await payload.create({ collection: 'campaigns', data: campaignData(), draft: true, ...asEditor() });
        rulesApi.reset();

        const count = await syncAllCampaignRules(payload);

        const pushed = rulesApi.requests.map((r) => r.path);
        expect(count).toBe(pushed.length);
        expect(rulesApi.requests.every((r) => r.method === 'PUT')).toBe(true);
        expect(pushed).toContain(`/v1/internal/campaigns/${published.slug}`);
        expect(pushed).not.toContain(`/v1/internal/campaigns/${draft.slug}`);
        const publishedCount = await payload.count({ collection: 'campaigns', where: { _status: { equals: 'published' } }, overrideAccess: true });
        expect(count).toBe(publishedCount.totalDocs);
      });

      it('leaves newer rules in the API alone on a full sync, and goes on with the other campaigns', async () => {
        await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.reset();
        rulesApi.failWith(409);

        await expect(syncAllCampaignRules(payload)).resolves.toBe(0);

        const publishedCount = await payload.count({ collection: 'campaigns', where: { _status: { equals: 'published' } }, overrideAccess: true });
        expect(rulesApi.requests).toHaveLength(publishedCount.totalDocs);
      });

      it('stops a full sync when the API cannot take the rules', async () => {
        await payload.create({ collection: 'campaigns', data: { ...campaignData(), _status: 'published' }, ...asAdmin() });
        rulesApi.failWith(500);

        await expect(syncAllCampaignRules(payload)).rejects.toThrow(PUBLISH_SYNC_FAILED);
      });
    });

    describe('seed', () => {
      it('creates demo accounts, one published campaign per kind and the campaign content, and nothing more when run again', async () => {
        const credentialsFile = path.join(dataDir, 'admin-credentials.json');
        const options = { adminEmail: 'seed-admin@example.com', credentialsFile, log: () => {} };
        const slugs = ['users', 'media', 'campaigns', ...CONTENT_SLUGS] as const;
        const counts = async () =>
          Object.fromEntries(
            await Promise.all(slugs.map(async (collection) => [collection, (await payload.count({ collection, overrideAccess: true })).totalDocs])),
          ) as Record<(typeof slugs)[number], number>;
        const before = await counts();
        const settingsBefore = await payload.findGlobal({ slug: 'site-settings', overrideAccess: true });

        const first = await seed(payload, options);
        const afterFirst = await counts();
        const second = await seed(payload, options);
        const afterSecond = await counts();

        expect(first.created.users).toEqual(['seed-admin@example.com', 'editor@example.com', 'reviewer@example.com', 'viewer@example.com']);
        expect(first.created.campaigns).toHaveLength(CAMPAIGN_KINDS.length);
        expect(first.created.media.filter((file) => file.startsWith('cover-'))).toHaveLength(CAMPAIGN_KINDS.length);
        expect(second.created).toEqual({ users: [], media: [], campaigns: [], content: Object.fromEntries(CONTENT_SLUGS.map((slug) => [slug, 0])), votingRounds: [] });
        expect([...first.created.votingRounds].sort()).toEqual(['model-workers-2019', 'singer-contest-2019']);
        expect(afterSecond).toEqual(afterFirst);

        const added = (collection: (typeof slugs)[number]) => afterFirst[collection] - before[collection];
        expect(added('model-workers')).toBeGreaterThanOrEqual(60);
        expect(added('innovation-studios')).toBeGreaterThanOrEqual(10);
        expect(added('books')).toBeGreaterThanOrEqual(40);
        expect(added('reading-events')).toBeGreaterThanOrEqual(6);
        expect(added('contests')).toBe(1);
        expect(added('contestants')).toBe(30);
        expect(added('quiz-questions')).toBeGreaterThanOrEqual(60);
        for (const collection of CONTENT_SLUGS) expect(first.created.content[collection]).toBe(added(collection));

        // Everything seeded is published, so the public sees it; images are shared, not one per person.
        const contest = (await payload.find({ collection: 'contests', where: { title: { equals: singerContest.title } }, ...anonymously })).docs[0];
        expect(contest?.rounds).toHaveLength(3);
        const studios = await payload.find({ collection: 'innovation-studios', where: { lead: { exists: true } }, limit: 0, ...anonymously });
        expect(studios.totalDocs).toBe(added('innovation-studios'));
        // Except one model worker left as a draft: hidden from the public, while the studio they lead is
        // public without them (the microsite's unpublished-lead case).
        const draftNames = seededModelWorkers.filter((w) => w.draftOnly).map((w) => w.name);
        expect(draftNames).toHaveLength(1);
        expect((await payload.find({ collection: 'model-workers', where: { name: { in: draftNames } }, limit: 0, ...anonymously })).totalDocs).toBe(0);
        expect((await payload.find({ collection: 'model-workers', where: { name: { in: draftNames } }, limit: 0, draft: true, overrideAccess: true })).totalDocs).toBe(1);
        const draftLedStudio = seededStudios.find((studio) => draftNames.includes(studio.leadName));
        const publicStudio = (await payload.find({ collection: 'innovation-studios', where: { name: { equals: draftLedStudio?.name } }, depth: 1, ...anonymously })).docs[0];
        expect(publicStudio?.name).toBe(draftLedStudio?.name);
        expect(typeof publicStudio?.lead === 'object' && publicStudio.lead !== null).toBe(false);
        // The seed leaves out what an editor has not entered yet: a portrait, a biography and quote.
        const incomplete = await payload.find({
          collection: 'model-workers',
          where: { name: { in: seededModelWorkers.filter((w) => w.noPortrait || w.biography.length === 0).map((w) => w.name) } },
          sort: 'id',
          ...anonymously,
        });
        expect(incomplete.docs.map((w) => [w.portrait ?? null, w.biography ?? null, w.quote ?? null])).toEqual([
          [null, expect.anything(), expect.any(String)],
          [expect.anything(), null, null],
        ]);
        expect(added('media')).toBeLessThan(20);
        const settings = await payload.findGlobal({ slug: 'site-settings', ...anonymously });
        // Settings an editor already filled in are left alone.
        expect(settings.organisationName).toBe(settingsBefore.organisationName || siteSettings.organisationName);

        const seeded = await payload.find({
          collection: 'campaigns',
          where: { slug: { in: first.created.campaigns } },
          depth: 1,
          ...anonymously,
        });
        expect(seeded.docs.map((c) => c.kind).sort()).toEqual([...CAMPAIGN_KINDS].sort());
        for (const campaign of seeded.docs) {
          expect(campaign.cover).toMatchObject({ mimeType: 'image/webp', alt: expect.stringMatching(CHINESE) });
        }

        const saved = JSON.parse(await fs.readFile(credentialsFile, 'utf8')) as { accounts: { role: string; email: string; password: string }[] };
        expect(saved.accounts.map((a) => [a.role, a.email])).toEqual([
          ['admin', 'seed-admin@example.com'],
          ['editor', 'editor@example.com'],
          ['reviewer', 'reviewer@example.com'],
          ['viewer', 'viewer@example.com'],
        ]);
        const login = await payload.login({
          collection: 'users',
          data: { email: 'seed-admin@example.com', password: saved.accounts[0]?.password ?? '' },
        });
        expect(login.user?.roles).toEqual(['admin']);

        // The demo rounds take votes now, for the seeded (published) people, as the API hears it.
        const pushedVoting = (slug: string) =>
          (rulesApi.requests.findLast((r) => r.method === 'PUT' && r.path.endsWith(`/${slug}`))?.body as { voting: { rounds: Array<{ name: string; opensAt: string; closesAt: string; candidates: { id: string; name: string }[] }> } }).voting;
        const singerRound = pushedVoting('singer-contest-2019').rounds[0];
        expect(singerRound).toMatchObject({ name: '决赛大众投票' });
        expect(singerRound?.candidates).toHaveLength(added('contestants'));
        expect(singerRound?.candidates[0]?.id).toMatch(/^contestants-\d+$/);
        // Likes: every published model worker, one like each per day, 50 a day, open a week before the seed for a year.
        const likes = pushedVoting('model-workers-2019');
        const likeRound = likes.rounds[0] as (typeof likes.rounds)[number] & { candidateSource?: string };
        expect(likes).toMatchObject({ perCandidatePerDay: 1, perParticipantPerDay: 50 });
        expect(likeRound).toMatchObject({ name: '劳模点赞', candidateSource: 'all-model-workers' });
        const publishedWorkers = await payload.count({ collection: 'model-workers', where: { _status: { equals: 'published' } }, overrideAccess: true });
        expect(likeRound.candidates).toHaveLength(publishedWorkers.totalDocs);
        expect(likeRound.candidates.every((c) => /^model-workers-\d+$/.test(c.id))).toBe(true);
        const DAY_MS = 24 * 60 * 60 * 1000;
        expect(Date.now() - Date.parse(likeRound.opensAt)).toBeGreaterThan(6 * DAY_MS);
        expect(Date.parse(likeRound.closesAt) - Date.now()).toBeGreaterThan(364 * DAY_MS);
        expect(Date.parse(singerRound?.opensAt ?? '')).toBeLessThan(Date.now());
        expect(Date.parse(singerRound?.closesAt ?? '')).toBeGreaterThan(Date.now() + 365 * DAY_MS);
        // The microsite's home page shows the six seeded workers marked 首页推荐.
        const featuredNames = seededModelWorkers.filter((w) => w.featured).map((w) => w.name);
        const featured = await payload.find({ collection: 'model-workers', where: { and: [{ featured: { equals: true } }, { name: { in: featuredNames } }] }, limit: 0, ...anonymously });
        expect(featured.totalDocs).toBe(6);

        // The seed pushes every published campaign after it runs.
        expect(second.synced).toBe((await payload.count({ collection: 'campaigns', where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs);
      });
    });
  });
}
