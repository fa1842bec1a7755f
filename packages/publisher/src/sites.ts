export type SiteId = 'portal' | 'model-workers';

export interface SiteDefinition {
  id: SiteId;
  /** Chinese name, for the admin and logs shown to editors. */
  label: string;
  /** The site's npm workspace, relative to the repository root. */
  workspace: string;
  /**
   * The path the site is served under on the one public origin, with a leading and a trailing
   * slash: `/` for the portal, `/<name>/` for a microsite (its Astro `base`). Locally the static
   * server mounts the site's release there; in AWS its files sit under the same key prefix.
   */
  basePath: string;
  /** CMS collection and global slugs whose published content the site shows. */
  reads: readonly string[];
}

/** Every static site built from CMS content. */
export const SITES: Readonly<Record<SiteId, SiteDefinition>> = Object.freeze({
  portal: Object.freeze({
    id: 'portal',
    label: '活动门户',
    workspace: 'sites/portal',
    basePath: '/',
    // The content loader fetches published campaigns at depth 1, which embeds their media (covers, rich-text images).
    reads: Object.freeze(['campaigns', 'media', 'site-settings']),
  }),
  'model-workers': Object.freeze({
    id: 'model-workers',
    label: '劳模风采',
    workspace: 'sites/model-workers',
    basePath: '/model-workers/',
    // Studios embed their lead and workers their portrait (depth 1); the 劳模风采 campaign's 劳模点赞 round decides whether profiles show 点赞.
    reads: Object.freeze(['model-workers', 'innovation-studios', 'media', 'site-settings', 'campaigns']),
  }),
});

/** The ids of every site, in registry order. */
export const SITE_IDS: readonly SiteId[] = Object.freeze(Object.keys(SITES) as SiteId[]);

/** Whether a value names a site in the registry. */
export function isSiteId(v: unknown): v is SiteId {
  return typeof v === 'string' && Object.hasOwn(SITES, v);
}

/** The sites that show content of this collection or global. */
export function sitesReading(slug: string): SiteId[] {
  return SITE_IDS.filter((id) => SITES[id].reads.includes(slug));
}

/** The public address of a site's home page on the given origin, e.g. `http://localhost:4321/model-workers/`. */
export function siteUrl(origin: string, site: SiteId): string {
  return `${origin.replace(/\/+$/, '')}${SITES[site].basePath}`;
}

