// One shard of the search index; its name carries a hash of its content.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../lib/search/site-index.ts';

export const getStaticPaths = (async () => {
  const { files } = await siteSearchIndex();
  return [...files].map(([name, content]) => ({ params: { shard: name.replace(/\.json$/, '') }, props: { content } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.content, { headers: { 'content-type': 'application/json; charset=utf-8' } });
