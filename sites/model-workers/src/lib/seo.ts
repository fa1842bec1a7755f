// sitemap.xml and robots.txt of the microsite. Crawlers read robots.txt only at the origin's root,
// which is the portal's; this site's copy under its base names its sitemap for tools that look
// there, and the portal's root robots.txt must list the same sitemap URL (see the README).

import type { InnovationStudio, ModelWorker } from '@union/content';
import { absoluteUrl, type Routes } from './routes.ts';

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date of the last change, when known. */
  lastmod?: string | null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A sitemap (sitemaps.org 0.9) of the given entries. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    ({ loc, lastmod }) => `<url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod.slice(0, 10))}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * The canonical pages of the site: home, the list, the studios, the 苏州时代工匠 page, search, and
 * every profile and studio with the date it last changed. Filter and later list pages are left out:
 * they only re-list profiles that are already here.
 */
export function sitemapEntries(
  content: { workers: readonly Pick<ModelWorker, 'id' | 'updatedAt'>[]; studios: readonly Pick<InnovationStudio, 'id' | 'updatedAt'>[] },
  routes: Routes,
  siteUrl: string,
): SitemapEntry[] {
  const url = (path: string) => absoluteUrl(path, siteUrl);
  const latest = (dates: string[]) => dates.sort().at(-1) ?? null;
  const workersChanged = latest(content.workers.map((w) => w.updatedAt));
  const studiosChanged = latest(content.studios.map((s) => s.updatedAt));
  return [
    { loc: url(routes.home()), lastmod: latest([workersChanged, studiosChanged].filter((d): d is string => d !== null)) },
    { loc: url(routes.workers()), lastmod: workersChanged },
    { loc: url(routes.studios()), lastmod: studiosChanged },
    { loc: url(routes.craftsmen()), lastmod: workersChanged },
    { loc: url(routes.search()) },
    ...content.workers.map((worker) => ({ loc: url(routes.worker(worker.id)), lastmod: worker.updatedAt })),
    ...content.studios.map((studio) => ({ loc: url(routes.studio(studio.id)), lastmod: studio.updatedAt })),
  ];
}

/** A robots.txt that allows everything and names the sitemaps by absolute URL. */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemapUrls.map((url) => `Sitemap: ${url}`), ''].join('\n');
}
