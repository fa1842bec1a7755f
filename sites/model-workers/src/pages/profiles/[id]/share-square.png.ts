// The 500×500 share image of a profile: WeChat shows shared links with a square thumbnail.
import type { APIRoute, GetStaticPaths } from 'astro';
import { profileShareImage } from '../../../lib/share-card.ts';
import { siteContent } from '../../../lib/site-content.ts';

export const getStaticPaths = (async () => {
  const { workers, settings } = await siteContent();
  return workers.map((worker) => ({ params: { id: String(worker.id) }, props: { worker, settings } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await profileShareImage(props.worker, props.settings, 'square')), { headers: { 'content-type': 'image/png' } });
