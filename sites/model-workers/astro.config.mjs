// @ts-check
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import { staticSiteConfig } from '@union/config/site';
import { noRemoteAssets } from '@union/ui/no-remote-assets';
import { env } from './src/env.ts';
import { BASE_PATH } from './src/site.ts';

export default defineConfig({
  ...staticSiteConfig(env),
  // One public origin serves every site by path: the portal at `/`, this microsite under its base.
  base: BASE_PATH,
  // Islands (the 点赞 button, search) run on Preact's React-compatible runtime: the profile page's goal
  // is 30 KB gzip of HTML + CSS + JS before images, and React + ReactDOM alone are about 84 KB gzip
  // where Preact with compat is about 10 KB. `compat` aliases react and react-dom to preact/compat,
  // so @union/ui's shared islands, written against React's API, run here unchanged.
  integrations: [preact({ compat: true }), noRemoteAssets()],
});
