// @ts-check
import react from '@astrojs/react';
import { URL } from 'node:url';
import { defineConfig } from 'astro/config';
import { modeStylesheets } from '@union/ui/integration';
import { noRemoteAssets } from '@union/ui/no-remote-assets';
import { env } from './src/env.ts';

const cms = new URL(env.CMS_URL);

export default defineConfig({
  output: 'static',
  site: env.SITE_URL,
  // The portal is the site at `/`: it carries /_mode/standard.css and /_mode/elder.css for every site.
  integrations: [react(), noRemoteAssets(), modeStylesheets()],
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
  // CloudFront's header policy (packages/config/security-headers.ts) covers everything else.
  security: { csp: true },
  compressHTML: true,
  trailingSlash: 'ignore',
});
