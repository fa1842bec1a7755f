/**
 * Crawlers read robots.txt only at the origin's root, which is the portal's, so it names the
 * sitemap of every site on the origin that has one (each microsite serves its own under its base).
 */
export const SITEMAP_PATHS = ['/model-workers/sitemap.xml'] as const;

/** The origin's robots.txt: everything may be crawled except the personal 我的参与 page; every sitemap by absolute URL. */
export function robotsTxt(siteUrl: string, sitemapPaths: readonly string[] = SITEMAP_PATHS): string {
  const sitemaps = sitemapPaths.map((path) => `Sitemap: ${new URL(path, siteUrl).toString()}`);
  return ['User-agent: *', 'Allow: /', 'Disallow: /me/', '', ...sitemaps, ''].join('\n');
}
