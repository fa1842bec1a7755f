import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createLocalReq, type Payload, type PayloadRequest, type SanitizedConfig, type Where } from 'payload';
import { servedRoot } from '@union/publisher';
import { describe, expect, it } from 'vitest';
import type { Campaign, SiteBuild, User } from '../src/payload-types.ts';
import { INTERRUPTED_LOG, SITE_BUILD_QUEUE } from '../src/publishing/buildStates.ts';
import { recoverInterruptedBuilds } from '../src/publishing/buildSiteTask.ts';
import {
  handlePublishSites,
  LOGIN_REQUIRED_MESSAGE,
  PUBLISH_SITES_FORBIDDEN_MESSAGE,
  UNKNOWN_SITE_MESSAGE,
} from '../src/publishing/publishSitesEndpoint.ts';
import type { SitePublishingSettings } from '../src/publishing/settings.ts';
import { modelWorkerData } from './contentFixtures.ts';
import type { RulesApiDouble } from './rulesApiDouble.ts';

/** The flag file that makes the test build fail, as a broken template or a CMS outage would. */
const failFlag = (sitesDir: string) => path.join(sitesDir, 'FAIL');

// The real release and swap code runs; only the Astro build is replaced by a script that writes a
// page (or fails, when the flag file exists), because these tests have no CMS served over HTTP.
const BUILD_SCRIPT = `
const fs = require('node:fs'); const path = require('node:path');
const [outDir, failFlag] = process.argv.slice(1);
if (fs.existsSync(failFlag)) { console.error('模板错误：测试要求本次构建失败'); process.exit(3); }
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'index.html'), '<p>' + Date.now() + '-' + Math.random() + '</p>');
console.log('built');
`;

/** Site publishing for the integration suite: builds into `sitesDir`, no batch window (jobs run when a test runs them). */
export function testSitePublishing(sitesDir: string): SitePublishingSettings {
  return {
    sitesDir,
    repoRoot: path.resolve(import.meta.dirname, '../..'),
    cmsUrl: 'http://localhost:3000',
    siteUrl: 'http://localhost:4321',
    batchWindowMs: 0,
    command: (outDir) => ({ file: process.execPath, args: ['-e', BUILD_SCRIPT, outDir, failFlag(sitesDir)] }),
  };
}

interface PublishingContext {
  payload: Payload;
  config: SanitizedConfig;
  sitesDir: string;
  rulesApi: RulesApiDouble;
  users: Record<'admin' | 'editor' | 'reviewer' | 'viewer', User>;
}

/** Publish to site: which writes ask for builds, batching, running them, failures, the button. */
export function sitePublishing(context: () => PublishingContext) {
  describe('publishing to the sites', () => {
    const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false }) as const;
    const tag = () => randomBytes(3).toString('hex');
    const campaignData = (title: string) => ({
      title,
      slug: `site-${tag()}`,
      kind: 'reading-month' as const,
      startsAt: '2019-04-01T00:00:00.000Z',
      endsAt: '2019-04-30T15:59:59.000Z',
    });

    /** Runs every due build, so each test starts with none waiting. */
    // One at a time, as the server's runner does (limit 1 per tick).
    const runBuilds = () => context().payload.jobs.run({ queue: SITE_BUILD_QUEUE, limit: 100, sequential: true });

    // Campaigns show on the portal and the 劳模风采 microsite (its 点赞 round), so a campaign's
    // publish queues a build of each; most tests follow the portal's.
    async function builds(status?: SiteBuild['status'], site?: SiteBuild['site']): Promise<SiteBuild[]> {
      const { payload, users } = context();
      const where: Where[] = [...(status ? [{ status: { equals: status } }] : []), ...(site ? [{ site: { equals: site } }] : [])];
      const { docs } = await payload.find({
        collection: 'site-builds',
        where: where.length ? { and: where } : {},
        sort: '-createdAt',
        pagination: false,
        ...as(users.viewer),
      });
      return docs;
    }

    const changedIds = (build: SiteBuild | undefined) => ((build?.changes as { id: string }[] | null) ?? []).map((c) => c.id);
    const liveHtml = () => fs.readFile(path.join(servedRoot(context().sitesDir, 'portal'), 'index.html'), 'utf8');

    async function publishedCampaign(title = `站点测试${tag()}`): Promise<Campaign> {
      const { payload, users } = context();
      return payload.create({ collection: 'campaigns', data: { ...campaignData(title), _status: 'published' }, ...as(users.admin) });
    }

    async function buildJobs() {
      const { docs } = await context().payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'buildSite' } }, { completedAt: { exists: false } }] },
        pagination: false,
        overrideAccess: true,
      });
      return docs;
    }

    it('collects changes published before the build starts into one build of the sites that show them', async () => {
      await runBuilds();
      const first = await publishedCampaign();
      const second = await publishedCampaign();

      const queued = await builds('queued');
      expect(queued.map((b) => [b.site, b.trigger]).sort()).toEqual([
        ['model-workers', 'content'],
        ['portal', 'content'],
      ]);
      for (const build of queued) {
        expect(changedIds(build)).toEqual([String(first.id), String(second.id)]);
        expect(build.summary).toContain('等 2 项变更');
      }
      expect(await buildJobs()).toHaveLength(2);
    });

    it('rebuilds only the 劳模风采 microsite when a model worker is published', async () => {
      const { payload, users } = context();
      await runBuilds();
      const worker = await payload.create({ collection: 'model-workers', data: { ...modelWorkerData(), _status: 'published' }, ...as(users.admin) });

      const queued = await builds('queued');
      expect(queued.map((b) => [b.site, b.trigger])).toEqual([['model-workers', 'content']]);
      expect(changedIds(queued[0])).toEqual([String(worker.id)]);
      await runBuilds();
    });

    it('asks for no build for drafts, for content no site shows, or for a publish that was rolled back', async () => {
      const { payload, rulesApi, users } = context();
      const live = await publishedCampaign();
      await runBuilds();

      await payload.update({ collection: 'campaigns', id: live.id, data: { title: '只是草稿' }, draft: true, ...as(users.editor) });
      await payload.create({ collection: 'campaigns', data: campaignData('新草稿'), draft: true, ...as(users.editor) });
      // The portal does not show news (yet): publishing news rebuilds nothing.
      await payload.create({
        collection: 'news',
        data: { title: `新闻${tag()}`, slug: `news-${tag()}`, publishedAt: '2019-04-02T00:00:00.000Z', summary: '摘要', _status: 'published' },
        ...as(users.admin),
      });
      // The rules API refuses, so the publish rolls back, and its build request with it.
      rulesApi.failWith(503);
      await expect(publishedCampaign()).rejects.toThrow();
      rulesApi.failWith(null);

      expect(await builds('queued')).toEqual([]);
      expect(await buildJobs()).toEqual([]);
    });

    it('rebuilds when a live document is unpublished or deleted', async () => {
      const { payload, users } = context();
      const unpublished = await publishedCampaign();
      const deleted = await publishedCampaign();
      await runBuilds();

      await payload.update({ collection: 'campaigns', id: unpublished.id, data: { _status: 'draft' }, ...as(users.reviewer) });
      await payload.delete({ collection: 'campaigns', id: deleted.id, ...as(users.admin) });
      expect(changedIds((await builds('queued', 'portal'))[0])).toEqual([String(unpublished.id), String(deleted.id)]);
    });

    it('builds a release, serves it, and keeps the last good one when a build fails', async () => {
      const { sitesDir } = context();
      await runBuilds();
      await publishedCampaign();
      await runBuilds();
      const [good] = await builds('live', 'portal');
      expect(good?.release).toBeTruthy();
      expect(good?.startedAt && good.finishedAt).toBeTruthy();
      const goodHtml = await liveHtml();

      await fs.writeFile(failFlag(sitesDir), '');
      try {
        await publishedCampaign();
        await runBuilds();
      } finally {
        await fs.rm(failFlag(sitesDir));
      }
      const [failed] = await builds('failed', 'portal');
      expect(failed?.log).toContain('模板错误');
      expect(await liveHtml()).toBe(goodHtml);
      expect((await builds('live', 'portal')).map((b) => b.id)).toEqual([good?.id]);

      await publishedCampaign();
      await runBuilds();
      const [next] = await builds('live', 'portal');
      expect(next?.id).not.toBe(good?.id);
      expect(await liveHtml()).not.toBe(goodHtml);
      expect((await builds()).find((b) => b.id === good?.id)?.status).toBe('superseded');
    });

    it('marks builds cut off by a restart failed and builds again', async () => {
      const { payload } = context();
      await runBuilds();
      const stuck = await payload.create({
        collection: 'site-builds',
        data: { site: 'portal', status: 'building', trigger: 'content', summary: '中断的构建', startedAt: new Date().toISOString() },
        overrideAccess: true,
      });

      await recoverInterruptedBuilds(payload);
      const after = await payload.findByID({ collection: 'site-builds', id: stuck.id, overrideAccess: true });
      expect([after.status, after.log]).toEqual(['failed', INTERRUPTED_LOG]);
      expect((await builds('queued')).map((b) => [b.site, b.trigger])).toEqual([['portal', 'recovery']]);
      await runBuilds();
      expect((await builds('queued')).length).toBe(0);
    });

    describe('the 发布站点 button (POST /api/site-builds/publish)', () => {
      async function post(user: User | undefined, body: unknown): Promise<Response> {
        const { payload } = context();
        const req = (await createLocalReq({ user: user ? { ...user, collection: 'users' } : undefined }, payload)) as PayloadRequest;
        req.data = body as Record<string, unknown>;
        return handlePublishSites(req);
      }
      const messageOf = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message;

      it('lets a reviewer rebuild every site at once', async () => {
        const { users } = context();
        await runBuilds();
        const response = await post(users.reviewer, {});
        expect(response.status).toBe(202);
        const body = (await response.json()) as { builds: { site: string; status: string }[] };
        expect(body.builds).toEqual([
          expect.objectContaining({ site: 'portal', status: 'queued' }),
          expect.objectContaining({ site: 'model-workers', status: 'queued' }),
        ]);
        const queued = await builds('queued');
        expect(queued).toHaveLength(2);
        for (const build of queued) {
          expect([build.trigger, build.requestedBy]).toEqual(['manual', users.reviewer.id]);
          expect(Date.parse(build.notBefore ?? '')).toBeLessThanOrEqual(Date.now());
        }
        await runBuilds();
        expect((await builds('queued')).length).toBe(0);
      });

      it('replaces a waiting build and takes its changes along', async () => {
        const { users } = context();
        await runBuilds();
        const change = await publishedCampaign();
        const [waiting] = await builds('queued', 'portal');
        await post(users.admin, { site: 'portal' });
        const queued = await builds('queued', 'portal');
        expect(queued).toHaveLength(1);
        expect(queued[0]?.id).not.toBe(waiting?.id);
        expect(changedIds(queued[0])).toEqual([String(change.id)]);
        expect((await builds()).find((b) => b.id === waiting?.id)?.status).toBe('superseded');
        await runBuilds();
      });

      it('refuses editors, viewers, anonymous callers and unknown sites, queuing nothing', async () => {
        const { users } = context();
        await runBuilds();
        const editor = await post(users.editor, {});
        expect([editor.status, await messageOf(editor)]).toEqual([403, PUBLISH_SITES_FORBIDDEN_MESSAGE]);
        expect((await post(users.viewer, {})).status).toBe(403);
        const anonymous = await post(undefined, {});
        expect([anonymous.status, await messageOf(anonymous)]).toEqual([401, LOGIN_REQUIRED_MESSAGE]);
        const unknown = await post(users.admin, { site: 'no-such-site' });
        expect([unknown.status, await messageOf(unknown)]).toEqual([422, UNKNOWN_SITE_MESSAGE]);
        expect(await builds('queued')).toEqual([]);
      });
    });
  });
}
