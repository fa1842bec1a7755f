import { z } from 'astro/zod';

// Read at build time only: the pages are static, so these values are baked into the HTML.
const envSchema = z.object({
  /** Where the build reads published content from. */
  CMS_URL: z.url().default('http://localhost:3000'),
  /**
   * The public origin every site shares (the portal at `/`, this site under `/model-workers/`), for
   * canonical URLs, share metadata, the sitemap and the QR codes on posters.
   */
  SITE_URL: z.url().default('http://localhost:4321'),
  /**
   * Base of the participation API as the browser sees it (the 点赞 island). Empty means same origin:
   * CloudFront routes /v1/* to the API in production, and the local static server proxies it.
   */
  PUBLIC_API_BASE: z
    .union([z.literal(''), z.url()])
    .default('')
    .transform((base) => base.replace(/\/+$/, '')),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  throw new Error(`Invalid model-workers site environment:\n${z.prettifyError(parsed.error)}`);
}

export const env = parsed.data;
