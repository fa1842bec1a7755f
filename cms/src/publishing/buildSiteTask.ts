import { buildRelease, isSiteId, SITE_IDS } from '@union/publisher';
import { createLocalReq, type Payload, type PayloadRequest, type TaskConfig } from 'payload';
import { SLUGS } from '../slugs.ts';
import { INTERRUPTED_LOG } from './buildStates.ts';
import { requestSiteBuilds } from './requestSiteBuilds.ts';
import { sitePublishingOf } from './settings.ts';

/**
 * Runs one queued site build: marks it building, builds a new release of the site from the
 * published content, swaps it live (or keeps the last good one on failure) and records the
 * outcome. No transaction is held while the build runs: each status write commits on its own,
 * so the admin sees it at once and editors keep saving meanwhile.
 */
export async function runSiteBuild(req: PayloadRequest, buildId: string): Promise<{ status: string }> {
  const { payload } = req;
  const settings = sitePublishingOf(payload);
  if (!settings) throw new Error('Site publishing is not configured on this CMS instance');
  const build = await payload.findByID({ collection: SLUGS.siteBuilds, id: buildId, depth: 0, req, overrideAccess: true, disableErrors: true });
  // Replaced by a later request, or run already: nothing to do.
  if (!build || build.status !== 'queued' || !isSiteId(build.site)) return { status: build?.status ?? 'missing' };

  await payload.update({ collection: SLUGS.siteBuilds, id: build.id, data: { status: 'building', startedAt: new Date().toISOString() }, req, overrideAccess: true });
  const result = await buildRelease({
    site: build.site,
    sitesDir: settings.sitesDir,
    repoRoot: settings.repoRoot,
    cmsUrl: settings.cmsUrl,
    siteUrl: settings.siteUrl,
    ...(settings.command ? { command: settings.command } : {}),
  });
  if (result.ok) {
    const earlier = await payload.find({
      collection: SLUGS.siteBuilds,
      where: { and: [{ site: { equals: build.site } }, { status: { equals: 'live' } }] },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    });
    for (const old of earlier.docs) {
      await payload.update({ collection: SLUGS.siteBuilds, id: old.id, data: { status: 'superseded' }, req, overrideAccess: true });
    }
  }
  const status = result.ok ? 'live' : 'failed';
  await payload.update({
    collection: SLUGS.siteBuilds,
    id: build.id,
    data: {
      status,
      finishedAt: new Date().toISOString(),
      durationMs: result.durationMs,
      release: result.release,
      log: result.ok ? null : result.log,
    },
    req,
    overrideAccess: true,
  });
  if (!result.ok) payload.logger.error({ msg: `Site build ${build.id} of ${build.site} failed; the last good release stays live`, log: result.log.slice(-1000) });
  return { status };
}

/**
 * Builds cut off by a restart of the server: marked failed and asked for again, so the content they
 * were to publish still goes out. Runs where the job runner starts, never in CLI processes.
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<void> {
  if (!sitePublishingOf(payload)) return;
  const stuck = await payload.find({
    collection: SLUGS.siteBuilds,
    where: { status: { equals: 'building' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  if (stuck.docs.length === 0) return;
  for (const build of stuck.docs) {
    await payload.update({
      collection: SLUGS.siteBuilds,
      id: build.id,
      data: { status: 'failed', finishedAt: new Date().toISOString(), log: INTERRUPTED_LOG },
      overrideAccess: true,
    });
  }
  const sites = SITE_IDS.filter((site) => stuck.docs.some((build) => build.site === site));
  await requestSiteBuilds(await createLocalReq({}, payload), { sites, trigger: 'recovery', immediate: true });
}

export const buildSiteTask: TaskConfig<{ input: { buildId: string }; output: { status: string } }> = {
  slug: 'buildSite',
  label: '生成站点',
  inputSchema: [{ name: 'buildId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  // A failed build is an outcome recorded on the build, not an error to retry blindly.
  retries: 0,
  handler: async ({ input, req }) => ({ output: await runSiteBuild(req, input.buildId) }),
};
