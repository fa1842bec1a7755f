// A QR code of the profile's public URL, for posters.
import type { APIRoute, GetStaticPaths } from 'astro';
import { env } from '../../../env.ts';
import { qrCodeSvg } from '../../../lib/qr.ts';
import { absoluteUrl } from '../../../lib/routes.ts';
import { siteContent } from '../../../lib/site-content.ts';
import { routes } from '../../../lib/site-routes.ts';

export const getStaticPaths = (async () => {
  const { workers } = await siteContent();
  return workers.map((worker) => ({ params: { id: String(worker.id) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await qrCodeSvg(absoluteUrl(routes.worker(params.id!), env.SITE_URL)), { headers: { 'content-type': 'image/svg+xml' } });
