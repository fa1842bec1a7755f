/**
 * Figure: time to build the portal from the running CMS, cold (no Astro data store) and warm
 * (the loader's digests let unchanged entries skip re-processing).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { median, ms, type Row } from './lib/stats.ts';

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, '..');
const portal = path.join(repoRoot, 'sites/portal');

export async function benchPortalBuild(options: { cmsUrl: string; siteUrl: string; outDir: string; warmRuns?: number }): Promise<Row[]> {
  const build = async () => {
    const started = performance.now();
    await run(path.join(repoRoot, 'node_modules/.bin/astro'), ['build', '--outDir', options.outDir], {
      cwd: portal,
      env: { ...process.env, CMS_URL: options.cmsUrl, SITE_URL: options.siteUrl },
      maxBuffer: 64 * 1024 * 1024,
    });
    return performance.now() - started;
  };
  // Astro keeps the content layer's data store and optimized images under these folders.
  await rm(path.join(portal, '.astro'), { recursive: true, force: true });
  await rm(path.join(portal, 'node_modules/.astro'), { recursive: true, force: true });
  const cold = await build();
  const warm: number[] = [];
  for (let i = 0; i < (options.warmRuns ?? 3); i++) warm.push(await build());
  return [
    { figure: 'portal build, cold', value: ms(cold), note: 'empty Astro cache, images optimized' },
    { figure: 'portal build, warm', value: `${ms(median(warm))} p50`, note: `${warm.length} runs, unchanged content` },
  ];
}
