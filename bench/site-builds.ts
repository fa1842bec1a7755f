/**
 * Figure: time to build every site of the publisher's registry from the running CMS, each into a
 * throw-away folder: cold (no Astro data store, so the content loader re-processes every entry and
 * every image is optimised again), then warm (the loader's digests let unchanged entries skip
 * re-processing). A new site is included as soon as it is registered; the cold builds add up to
 * the full-build figure.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SITE_IDS, SITES, siteBuildEnv } from '@union/publisher';
import { median, type Row } from './lib/stats.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..');

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

export async function benchSiteBuilds(options: { cmsUrl: string; siteUrl: string; warmRuns?: number }): Promise<Row[]> {
  const sites = SITE_IDS;
  const outRoot = await mkdtemp(path.join(os.tmpdir(), 'union-bench-sites-'));
  try {
    const cold = new Map<string, number>();
    const warm = new Map<string, number[]>();
    for (const site of sites) {
      const cwd = path.join(repoRoot, SITES[site].workspace);
      const build = async () => {
        const started = performance.now();
        await run(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', path.join(outRoot, site)], {
          cwd,
          // The same configuration the publisher gives a release build, base path included.
          env: { ...process.env, ...siteBuildEnv(site, options) },
          maxBuffer: 64 * 1024 * 1024,
        });
        return performance.now() - started;
      };
      // `astro build` keeps the content layer's data store (data-store.json, with each entry's
      // digest) and the optimised images under cacheDir, node_modules/.astro by default; .astro/
      // holds the generated types and node_modules/.vite Vite's pre-bundled dependencies. Without
      // them the loader, the image service and Vite start over, as on a fresh checkout.
      for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(path.join(cwd, dir), { recursive: true, force: true });
      cold.set(site, await build());
      const runs: number[] = [];
      for (let i = 0; i < (options.warmRuns ?? 3); i++) runs.push(await build());
      warm.set(site, runs);
    }
    const total = [...cold.values()].reduce((sum, t) => sum + t, 0);
    return [
      {
        figure: 'Full build of all sites at --scale — s',
        value: seconds(total),
        note: `${sites.length} site(s), cold, one after another: ${sites.join(', ')}`,
      },
      ...sites.map((site) => ({
        figure: `  ${SITES[site].workspace} build, cold`,
        value: seconds(cold.get(site)!),
        note: 'no Astro or Vite cache: every entry loaded, every image optimised',
      })),
      ...sites.map((site) => ({
        figure: `  ${SITES[site].workspace} build, warm`,
        value: `${seconds(median(warm.get(site)!))} p50`,
        note: `${warm.get(site)!.length} runs, unchanged content`,
      })),
    ];
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}
