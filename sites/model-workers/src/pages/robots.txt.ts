import type { APIRoute } from 'astro';
import { env } from '../env.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { robotsTxt } from '../lib/seo.ts';
import { routes } from '../lib/site-routes.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absoluteUrl(routes.sitemap(), env.SITE_URL)]), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
