// @ts-check
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { staticSiteConfig } from '@union/config/site';
import { modeStylesheets } from '@union/ui/integration';
import { noRemoteAssets } from '@union/ui/no-remote-assets';
import { env } from './src/env.ts';

export default defineConfig({
  ...staticSiteConfig(env),
  // The portal is the site at `/`: it carries /_mode/standard.css and /_mode/elder.css for every site.
  integrations: [react(), noRemoteAssets(), modeStylesheets()],
});
