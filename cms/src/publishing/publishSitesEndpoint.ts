import { isSiteId, SITE_IDS, type SiteId } from '@union/publisher';
import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload';
import { canPublishContent } from '../access/roles.ts';
import { errorResponse, LOGIN_REQUIRED_MESSAGE } from '../endpoints/errorResponse.ts';
import { requestSiteBuilds } from './requestSiteBuilds.ts';
import { sitePublishingOf } from './settings.ts';

export { LOGIN_REQUIRED_MESSAGE };
export const PUBLISH_SITES_FORBIDDEN_MESSAGE = '只有审核人员或管理员可以发布站点';
export const UNKNOWN_SITE_MESSAGE = '未知的站点';
export const PUBLISHING_OFF_MESSAGE = '本服务器未配置站点发布';

/**
 * `POST /api/site-builds/publish` with `{ site? }`: the 发布站点 button. Rebuilds one site, or all,
 * from what is published now, at once. Answers 202 with the queued builds.
 */
export async function handlePublishSites(req: PayloadRequest): Promise<Response> {
  if (!req.user) return errorResponse(401, LOGIN_REQUIRED_MESSAGE, { code: 'LOGIN_REQUIRED' });
  if (!canPublishContent(req.user)) return errorResponse(403, PUBLISH_SITES_FORBIDDEN_MESSAGE, { code: 'PUBLISH_FORBIDDEN' });
  if (!sitePublishingOf(req.payload)) return errorResponse(503, PUBLISHING_OFF_MESSAGE, { code: 'PUBLISHING_OFF' });
  if (req.data === undefined) await addDataAndFileToRequest(req);
  const site = (req.data as { site?: unknown } | undefined)?.site;
  if (site !== undefined && !isSiteId(site)) return errorResponse(422, UNKNOWN_SITE_MESSAGE, { code: 'UNKNOWN_SITE' });
  const sites: readonly SiteId[] = site === undefined ? SITE_IDS : [site];

  const shouldCommit = await initTransaction(req);
  try {
    const builds = await requestSiteBuilds(req, { sites, trigger: 'manual', immediate: true });
    if (shouldCommit) await commitTransaction(req);
    return Response.json({ builds: builds.map(({ id, site: builtSite, status }) => ({ id, site: builtSite, status })) }, { status: 202 });
  } catch (error) {
    if (shouldCommit) await killTransaction(req);
    throw error;
  }
}

export const publishSitesEndpoint: Endpoint = { path: '/publish', method: 'post', handler: handlePublishSites };
