// What the static Astro sites (the portal and each microsite) have in common: the build-time
// environment they read and the Astro options that keep every page static and self-contained.
// Each site keeps its own `src/env.ts` (the one reader of process.env) and `astro.config.mjs`
// (its `base` and integrations).
import type { AstroUserConfig } from 'astro';
import * as z from 'zod';

/** The build-time environment of every site; the pages are static, so its values are baked into the HTML. */
export const siteEnvSchema = z.object({
  /** Where the build reads published content from. */
  CMS_URL: z.url().default('http://localhost:3000'),
  /**
   * The public origin every site shares (the portal at `/`, each microsite under its base path), for
   * canonical URLs, share metadata, sitemaps and the QR codes on posters.
   */
  SITE_URL: z.url().default('http://localhost:4321'),
  /**
   * Base of the participation API as the browser sees it (the islands). Empty means same origin:
   * CloudFront routes /v1/* to the API in production, and the local static server proxies it.
   */
  PUBLIC_API_BASE: z
    .union([z.literal(''), z.url()])
    .default('')
    .transform((base) => base.replace(/\/+$/, '')),
});
export type SiteEnv = z.output<typeof siteEnvSchema>;

/** A site's environment read from `source`, or an error naming the site and every invalid variable. */
export function parseSiteEnv(site: string, source: Record<string, string | undefined>): SiteEnv {
  const parsed = siteEnvSchema.safeParse(source);
  if (!parsed.success) throw new Error(`Invalid ${site} environment:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The options `staticSiteConfig` sets; only these, so the sites' `defineConfig` still infers i18n and the like. */
export type StaticSiteOptions = Pick<AstroUserConfig, 'output' | 'site' | 'image' | 'build' | 'security' | 'compressHTML' | 'trailingSlash'>;

/** The Astro options every site shares; a site spreads them into `defineConfig` beside its `base` and integrations. */
export function staticSiteConfig(env: Pick<SiteEnv, 'CMS_URL' | 'SITE_URL'>): StaticSiteOptions {
  const cms = new URL(env.CMS_URL);
  return {
    output: 'static',
    site: env.SITE_URL,
    image: {
      // CMS images are downloaded and optimised at build time into dist/_astro, so published
      // pages never load anything from the CMS (or any other host) at run time.
      remotePatterns: [
        {
          protocol: cms.protocol.slice(0, -1),
          hostname: cms.hostname,
          ...(cms.port ? { port: cms.port } : {}),
        },
      ],
    },
    build: { format: 'directory' },
    // Each page gets a CSP <meta> with the hashes of its inline scripts and styles (the island loader);
    // CloudFront's header policy (security-headers.ts beside this package) covers everything else.
    security: { csp: true },
    compressHTML: true,
    trailingSlash: 'ignore',
  };
}
