/**
 * `npm run build:site [-- <site>]`: rebuilds a site (default: the portal) from the published
 * content of the running `npm start` stack. The new release is served at once if the build
 * succeeds; if it fails, the site stays as it was.
 */
import { buildRelease, isSiteId, SITE_IDS, siteUrl } from '@union/publisher';
import { env, localUrls, sitesDir } from './env.ts';

// Default signal handling would skip the 'exit' handlers that stop a build still running.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const site = process.argv[2] ?? 'portal';
if (!isSiteId(site)) {
  console.error(`Unknown site "${site}". Sites: ${SITE_IDS.join(', ')}`);
  process.exit(2);
}

const url = siteUrl(localUrls.site, site);
console.log(`Building ${site} from ${localUrls.cms}…`);
const result = await buildRelease({ site, sitesDir, repoRoot: env.repoRoot, cmsUrl: localUrls.cms, siteUrl: localUrls.site });
const took = `${Math.round(result.durationMs / 1000)} s`;
if (!result.ok) {
  console.error(`${result.log}\n✖ The ${site} build failed after ${took}; ${url} still serves the previous release.`);
  process.exit(1);
}
console.log(`✔ ${site} rebuilt in ${took}; ${url} serves it now.`);
