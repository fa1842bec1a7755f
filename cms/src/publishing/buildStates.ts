/** Where a site build stands. */
export type SiteBuildStatus = 'queued' | 'building' | 'live' | 'superseded' | 'failed';
export const SITE_BUILD_STATUSES: readonly SiteBuildStatus[] = ['queued', 'building', 'live', 'superseded', 'failed'];
export const SITE_BUILD_STATUS_LABELS: Record<SiteBuildStatus, string> = {
  queued: '排队中',
  building: '构建中',
  live: '已上线',
  superseded: '已被新版本替换',
  failed: '失败',
};

/** Why a build was asked for. */
export type SiteBuildTrigger = 'content' | 'manual' | 'recovery';
export const SITE_BUILD_TRIGGERS: readonly SiteBuildTrigger[] = ['content', 'manual', 'recovery'];
export const SITE_BUILD_TRIGGER_LABELS: Record<SiteBuildTrigger, string> = {
  content: '内容变更',
  manual: '手动发布',
  recovery: '重启后补建',
};

/** The jobs queue of site builds: one at a time, so releases go live in the order they were built. */
export const SITE_BUILD_QUEUE = 'site-builds';
/** At most this many changes are listed on one build. */
export const MAX_LISTED_CHANGES = 50;
export const INTERRUPTED_LOG = '构建因服务重启而中断，已重新排队。';
