import { siteContent } from '../site-content.ts';
import { routes } from '../site-routes.ts';
import { buildSearchIndex, type BuiltSearchIndex } from './build-index.ts';
import { searchDocOf } from './documents.ts';

let built: Promise<BuiltSearchIndex> | undefined;

/** The search index of this build, built once for the manifest and all shard endpoints. */
export function siteSearchIndex(): Promise<BuiltSearchIndex> {
  built ??= siteContent().then(({ workers }) => buildSearchIndex(workers.map((worker) => searchDocOf(worker, routes))));
  return built;
}
