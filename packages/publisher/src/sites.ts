export type SiteId = 'portal';

export interface SiteDefinition {
  id: SiteId;
  /** Chinese name, for the admin and logs shown to editors. */
  label: string;
  /** The site's npm workspace, relative to the repository root. */
  workspace: string;
  /** CMS collection and global slugs whose published content the site shows. */
  reads: readonly string[];
}

/** Every static site built from CMS content. */
export const SITES: Readonly<Record<SiteId, SiteDefinition>> = Object.freeze({
  portal: Object.freeze({
    id: 'portal',
    label: '活动门户',
    workspace: 'sites/portal',
    // The content loader fetches published campaigns at depth 1, which embeds their media (covers, rich-text images).
    reads: Object.freeze(['campaigns', 'media', 'site-settings']),
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
