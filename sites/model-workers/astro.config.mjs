// @ts-check
import preact from '@astrojs/preact';
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { noRemoteAssets } from '@union/ui/no-remote-assets';
import { env } from './src/env.ts';
import { BASE_PATH } from './src/site.ts';

const cms = new URL(env.CMS_URL);

export default defineConfig({
  output: 'static',
  site: env.SITE_URL,
  // One public origin serves every site by path: the portal at `/`, this microsite under its base.
  base: BASE_PATH,
  // Islands (the 点赞 button, search) run on Preact's React-compatible runtime: the profile page's goal
  // is 30 KB gzip of HTML + CSS + JS before images, and React + ReactDOM alone are about 84 KB gzip
  // where Preact with compat is about 10 KB. `compat` aliases react and react-dom to preact/compat,
  // so @union/ui's shared islands, written against React's API, run here unchanged.
  integrations: [preact({ compat: true }), noRemoteAssets()],
  image: {
    // Portraits are downloaded and optimised at build time into dist/_astro, so published pages
    // never load anything from the CMS (or any other host) at run time.
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
  // CloudFront's header policy (packages/config/security-headers.ts) covers everything else.
  security: { csp: true },
  compressHTML: true,
  trailingSlash: 'ignore',
});
