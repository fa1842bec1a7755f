// The search index's manifest: the model workers in list order and the names of the shard files.
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/search/site-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await siteSearchIndex()).manifest), { headers: { 'content-type': 'application/json; charset=utf-8' } });
