import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findRemoteAssets } from '../lib/remote-assets.ts';

/**
 * Fails the build when a page would load anything from another host at run time, for example a
 * CMS image whose host is missing from image.remotePatterns and so was not copied into /_astro/.
 */
export function noRemoteAssets(): AstroIntegration {
  return {
    name: 'union-no-remote-assets',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          pages++;
          for (const url of findRemoteAssets(await readFile(file, 'utf8'))) problems.push(`${relative(root, file)}: ${url}`);
        }
        if (problems.length) {
          throw new Error(
            `Pages would load assets from other hosts at run time (add the host to image.remotePatterns, or serve the asset locally):\n  ${problems.join('\n  ')}`,
          );
        }
        logger.info(`${pages} pages load nothing from other hosts`);
      },
    },
  };
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}
