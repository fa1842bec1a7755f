/**
 * Figure: quality and weight of the 劳模风采 search on the seeded model workers. The index is built
 * from the CMS's published workers exactly as the site build builds it, then every bench query is
 * answered through the island's client over HTTP and compared with the truth (the texts contain
 * the query). Also what a two-character query downloads: the manifest and one shard, gzipped.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createContentClient } from '@union/content';
import { sortWorkers } from '../sites/model-workers/src/lib/facets.ts';
import { createRoutes } from '../sites/model-workers/src/lib/routes.ts';
import { buildSearchIndex } from '../sites/model-workers/src/lib/search/build-index.ts';
import { createSearchClient } from '../sites/model-workers/src/lib/search/client.ts';
import { searchDocOf } from '../sites/model-workers/src/lib/search/documents.ts';
import { BENCH_QUERIES, measureSearch } from '../sites/model-workers/src/lib/search/measure.ts';
import { shardOf } from '../sites/model-workers/src/lib/search/text.ts';
import { kb, type Row } from './lib/stats.ts';

export async function benchSearchQuality(options: { cmsUrl: string }): Promise<Row[]> {
  const routes = createRoutes('/model-workers');
  const workers = sortWorkers(await createContentClient({ baseUrl: options.cmsUrl }).listModelWorkers());
  const docs = workers.map((worker) => searchDocOf(worker, routes));
  const index = buildSearchIndex(docs);
  const manifest = JSON.stringify(index.manifest);
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').pop()!;
    const body = name === 'manifest.json' ? manifest : index.files.get(name);
    res.writeHead(body === undefined ? 404 : 200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const client = createSearchClient({ indexUrl: `http://127.0.0.1:${port}${routes.searchIndex()}` });
    const quality = await measureSearch(docs, BENCH_QUERIES, async (query) => (await client.search(query)).map((r) => r.url));
    const weld = quality.queries.find((q) => q.query === '焊工')!;
    const shard = index.files.get(index.manifest.shards[shardOf('焊', index.manifest.shards.length)]!)!;
    const wrong = quality.queries.filter((q) => q.missed.length || q.extra.length).map((q) => q.query);
    return [
      {
        figure: `劳模 search, ${BENCH_QUERIES.length} queries on ${docs.length} workers — recall / precision`,
        value: `${quality.meanRecall.toFixed(3)} / ${quality.meanPrecision.toFixed(3)}`,
        goal: '1 / 1',
        note: wrong.length ? `not exact: ${wrong.join(' ')}` : `焊工 finds ${weld.found} of ${weld.expected}, nothing else`,
      },
      {
        figure: '劳模 search, a two-character query downloads (gzip)',
        value: kb(gzipSync(manifest).length + gzipSync(shard).length),
        note: `manifest ${kb(gzipSync(manifest).length)} + one of ${index.manifest.shards.length} shards`,
      },
    ];
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
