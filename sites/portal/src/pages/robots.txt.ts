import type { APIRoute } from 'astro';
import { env } from '../env.ts';
import { robotsTxt } from '../lib/robots.ts';

export const GET: APIRoute = () => new Response(robotsTxt(env.SITE_URL), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
