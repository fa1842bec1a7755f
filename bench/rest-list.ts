/**
 * Figure: latency of one public list request to Payload's REST API, as a site build or an island
 * makes it: anonymous (so published documents only), one page of `limit` documents, sequential
 * requests after a warm-up, timed to the last byte of the body.
 */
import { gzipSync } from 'node:zlib';
import { kb, percentile, type Row } from './lib/stats.ts';

export interface RestListOptions {
  cmsUrl: string;
  collection: string;
  /** Documents asked for, and the least the answer must hold for the figure to mean anything. */
  limit: number;
  depth: number;
  /** Row label; the collection, limit and depth when absent. */
  figure?: string;
  samples?: number;
  /** Requests before timing starts: a fresh `next start` answers its first dozen lists several times slower. */
  warmup?: number;
}

export async function benchRestList(options: RestListOptions): Promise<Row> {
  const url = new URL(`/api/${options.collection}`, options.cmsUrl);
  url.searchParams.set('limit', String(options.limit));
  url.searchParams.set('depth', String(options.depth));
  const request = async () => {
    const started = performance.now();
    const response = await fetch(url);
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`GET ${url.pathname}${url.search} answered ${response.status}`);
    return { elapsed, body };
  };

  const first = await request();
  const answer = JSON.parse(new TextDecoder().decode(first.body)) as { docs?: Array<{ _status?: string }>; totalDocs?: number };
  const docs = answer.docs?.length ?? 0;
  const unpublished = answer.docs?.filter((doc) => doc._status !== 'published').length ?? 0;
  if (unpublished > 0) throw new Error(`GET ${url.pathname}${url.search} showed ${unpublished} unpublished document(s) to an anonymous reader`);
  // A short list would make the figure look fast for the wrong reason (the scale seed did not run,
  // or access now hides documents), so it stops the bench instead.
  if (docs < options.limit) {
    throw new Error(
      `GET ${url.pathname}${url.search} returned ${docs} published document(s) (totalDocs ${answer.totalDocs ?? '?'}), ` +
        `fewer than the ${options.limit} this figure needs: is the bench stack seeded with SEED_SCALE=true?`,
    );
  }
  const warmup = options.warmup ?? 20;
  for (let i = 1; i < warmup; i++) await request();

  const times: number[] = [];
  let bytes = first.body;
  for (let i = 0; i < (options.samples ?? 50); i++) {
    const { elapsed, body } = await request();
    times.push(elapsed);
    bytes = body;
  }
  return {
    figure: options.figure ?? `Payload REST list ${options.limit} ${options.collection} depth ${options.depth} — p50 / p95 ms`,
    value: `${percentile(times, 50).toFixed(0)} / ${percentile(times, 95).toFixed(0)} ms`,
    note: `${times.length} sequential requests after ${warmup} to warm up; ${docs} docs, ${kb(bytes.byteLength)} JSON (${kb(gzipSync(bytes).length)} gzip)`,
  };
}
