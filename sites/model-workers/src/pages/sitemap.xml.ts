import type { APIRoute } from 'astro';
import { env } from '../env.ts';
import { sitemapEntries, sitemapXml } from '../lib/seo.ts';
import { siteContent } from '../lib/site-content.ts';
import { routes } from '../lib/site-routes.ts';

export const GET: APIRoute = async () => {
  const { workers, studios } = await siteContent();
  return new Response(sitemapXml(sitemapEntries({ workers, studios }, routes, env.SITE_URL)), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  });
};
