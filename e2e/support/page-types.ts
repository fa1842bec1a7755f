/**
 * Every public page type, once. The accessibility and keyboard specs and the bench's page-weight
 * and Lighthouse figures all walk this table, so a new site adds its page types here and nothing else.
 * Paths are the seed's (the e2e and bench stacks seed the same demo content), with the site's base path.
 */
export interface PageType {
  /** Stable id for test titles and bench figures. */
  id: string;
  /** What the page is, as the reports name it. */
  label: string;
  /** Path on the public origin, including the site's base path (`/model-workers/…`). */
  path: string;
  /** The page hosts a React island, so JavaScript is expected; every other page ships none. */
  island: boolean;
  /** The status the page answers with when not 200: the designed 404 page. */
  status?: 404;
  /** Page-weight goal on top of "no island, no JavaScript": HTML + CSS + JS gzip bytes, before images. */
  maxGzipBytes?: number;
}

export const PAGE_TYPES: readonly PageType[] = [
  { id: 'portal-home', label: '门户首页', path: '/', island: false },
  { id: 'portal-campaign-registration', label: '活动页（报名）', path: '/campaigns/reading-month-2019/', island: true },
  { id: 'portal-campaign-vote', label: '活动页（投票）', path: '/campaigns/singer-contest-2019/', island: true },
  { id: 'portal-privacy', label: '个人信息处理规则', path: '/privacy/', island: false },
  { id: 'portal-me', label: '我的参与', path: '/me/', island: true },
  { id: 'portal-404', label: '404 页面', path: '/no-such-page/', island: false, status: 404 },
  { id: 'model-workers-search', label: '劳模搜索', path: '/model-workers/search/', island: true },
];
