import { SITES, type SiteId } from '@union/publisher';
import type { PayloadRequest } from 'payload';
import type { SiteBuild } from '../payload-types.ts';
import { SLUGS } from '../slugs.ts';
import { MAX_LISTED_CHANGES, SITE_BUILD_QUEUE, type SiteBuildTrigger } from './buildStates.ts';
import { sitePublishingOf } from './settings.ts';

/** One published change, as the build's list shows it. */
export interface ContentChange {
  collection: string;
  label: string;
  id: string;
  title: string | null;
  at: string;
}

export interface SiteBuildRequest {
  sites: readonly SiteId[];
  trigger: SiteBuildTrigger;
  change?: ContentChange;
  /** Start at once instead of waiting for more changes (the 发布站点 button). */
  immediate?: boolean;
}

function summaryOf(site: SiteId, trigger: SiteBuildTrigger, changes: ContentChange[]): string {
  const label = SITES[site].label;
  if (trigger === 'manual') return `${label}：手动发布`;
  if (trigger === 'recovery') return `${label}：重启后补建`;
  const first = changes[0];
  const what = first ? `${first.label}「${first.title ?? first.id}」` : '内容';
  return changes.length > 1 ? `${label}：${what}等 ${changes.length} 项变更` : `${label}：${what}`;
}

/**
 * Asks for a build of each site, inside the request's transaction: the queued build and its job
 * exist only once the change that caused them has committed. A change joins the site's build that
 * is still waiting, so edits within the batch window make one build; a build already running does
 * not take it (it may have read the content already), so it gets a new one.
 * Returns the queued builds; does nothing when this instance does not publish sites.
 */
export async function requestSiteBuilds(req: PayloadRequest, request: SiteBuildRequest): Promise<SiteBuild[]> {
  const settings = sitePublishingOf(req.payload);
  if (!settings) return [];
  const { payload } = req;
  const builds: SiteBuild[] = [];
  for (const site of request.sites) {
    const waiting = await payload.find({
      collection: SLUGS.siteBuilds,
      where: { and: [{ site: { equals: site } }, { status: { equals: 'queued' } }] },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    });
    const queued = waiting.docs[0];
    if (queued && !request.immediate) {
      const changes = [...((queued.changes as ContentChange[] | null) ?? []), ...(request.change ? [request.change] : [])];
      builds.push(
        await payload.update({
          collection: SLUGS.siteBuilds,
          id: queued.id,
          data: { changes: changes.slice(-MAX_LISTED_CHANGES), summary: summaryOf(site, queued.trigger, changes) },
          depth: 0,
          req,
          overrideAccess: true,
        }),
      );
      continue;
    }
    const changes = [...((queued?.changes as ContentChange[] | null) ?? []), ...(request.change ? [request.change] : [])].slice(-MAX_LISTED_CHANGES);
    // Starting now replaces the waiting build, which takes its changes along; its job then finds it no longer queued.
    if (queued) {
      await payload.update({ collection: SLUGS.siteBuilds, id: queued.id, data: { status: 'superseded' }, depth: 0, req, overrideAccess: true });
    }
    const notBefore = new Date(Date.now() + (request.immediate ? 0 : settings.batchWindowMs));
    const build = await payload.create({
      collection: SLUGS.siteBuilds,
      data: {
        site,
        status: 'queued',
        trigger: request.trigger,
        summary: summaryOf(site, request.trigger, changes),
        requestedBy: (req.user?.id as number | undefined) ?? null,
        changes,
        notBefore: notBefore.toISOString(),
      },
      depth: 0,
      req,
      overrideAccess: true,
    });
    await payload.jobs.queue({ task: 'buildSite', input: { buildId: String(build.id) }, waitUntil: notBefore, queue: SITE_BUILD_QUEUE, req });
    builds.push(build);
  }
  return builds;
}
