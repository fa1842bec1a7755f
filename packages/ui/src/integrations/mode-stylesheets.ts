import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** The files the edge function picks from for `/_mode.css`, by where they are served (design decision 3). */
export const MODE_FILES = {
  '/_mode/standard.css': new URL('../styles/standard.css', import.meta.url),
  '/_mode/elder.css': new URL('../styles/elder.css', import.meta.url),
  // A fallback for servers without the edge function (astro dev and preview, a misconfigured
  // distribution): the page then shows standard mode instead of logging a 404. Where the edge
  // function runs, it rewrites /_mode.css before this file is ever looked up.
  '/_mode.css': new URL('../styles/standard.css', import.meta.url),
} as const;

/**
 * Emits standard.css and elder.css into the root of the site that uses it (the portal), byte for
 * byte from this package, and serves them in `astro dev`. Only the site served at `/` uses it:
 * every other site links the same `/_mode.css` on the shared origin.
 */
export function modeStylesheets(): AstroIntegration {
  return {
    name: 'union-mode-stylesheets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://localhost').pathname;
          const file = Object.hasOwn(MODE_FILES, path) ? MODE_FILES[path as keyof typeof MODE_FILES] : null;
          if (!file) return next();
          readFile(file).then(
            (css) => res.writeHead(200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' }).end(css),
            next,
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [path, file] of Object.entries(MODE_FILES)) {
          const target = new URL(`.${path}`, dir);
          await mkdir(new URL('.', target), { recursive: true });
          await writeFile(target, await readFile(file));
        }
        logger.info(`elder and standard mode stylesheets written to ${Object.keys(MODE_FILES).join(', ')}`);
      },
    },
  };
}
