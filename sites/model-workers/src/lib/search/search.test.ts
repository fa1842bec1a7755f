// The search index end to end: built from the seeded CMS's recorded model workers, served over
// real HTTP as the static site serves it, queried through the island's client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { recordedWorkers, worker } from '../fixtures/workers.ts';
import { createRoutes } from '../routes.ts';
import { buildSearchIndex, type BuiltSearchIndex } from './build-index.ts';
import { createSearchClient, SEARCH_UNAVAILABLE } from './client.ts';
import { searchDocOf } from './documents.ts';
import type { SearchDoc, SearchShard } from './format.ts';
import { searchIndex } from './query.ts';
import { BENCH_QUERIES, expectedMatches, measureSearch } from './measure.ts';

const routes = createRoutes('/model-workers');

interface IndexServer {
  indexUrl: string;
  requests: string[];
  close(): Promise<void>;
}

let server: IndexServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves a built index under /model-workers/search-index/ on a free port; `fail` answers 500 instead. */
async function serveIndex(index: BuiltSearchIndex, options: { fail?: () => boolean } = {}): Promise<IndexServer> {
  const requests: string[] = [];
  const folder = routes.searchIndex();
  const http: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    requests.push(path.slice(folder.length));
    const name = path.slice(folder.length);
    const body = name === 'manifest.json' ? JSON.stringify(index.manifest) : index.files.get(name);
    if (options.fail?.() || !path.startsWith(folder) || body === undefined) {
      res.writeHead(options.fail?.() ? 500 : 404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    indexUrl: `http://127.0.0.1:${port}${folder}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve()))),
  };
}

const docs = (): SearchDoc[] => recordedWorkers().map((w) => searchDocOf(w, routes));
const names = (results: { name: string }[]) => results.map((r) => r.name);

describe('search over the recorded model workers', () => {
  it('finds exactly the five welders for 焊工: not 倒装焊 in a chip packer’s biography, nor 焊接 alone', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const results = await createSearchClient({ indexUrl: server.indexUrl }).search('焊工');

    expect(names(results).sort()).toEqual(['夏天明', '宋卫东', '王建国', '谭军', '魏成'].sort());
    // Those with 焊工 in their position rank above those with it only in their biography.
    expect(names(results.slice(0, 3)).sort()).toEqual(['夏天明', '王建国', '谭军'].sort());
    expect(results[0]!.matchedIn[0]).toBe('position');
  });

  it('matches two-character words as written: 数控 is not 中控室, 公交 is not 公共交通 or 轨道交通', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const client = createSearchClient({ indexUrl: server.indexUrl });

    expect(names(await client.search('数控'))).toEqual(['陈立新']);
    expect(names(await client.search('公交'))).toEqual(['刘海波']);
    expect(names(await client.search('地铁'))).toEqual(['杜鹏']);
  });

  it('finds people by name, employer and honor, and needs every term of a query', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const client = createSearchClient({ indexUrl: server.indexUrl });

    expect(names(await client.search('王建国'))[0]).toBe('王建国');
    expect(names(await client.search('苏州示例人民医院'))).toEqual([]);
    expect(names(await client.search('丝绸'))).toEqual(['丁亚娟']);
    expect(names(await client.search('全国五一劳动奖章'))).toEqual(['王建国']);
    // 夏天明's biography has 焊工技师; 魏成 is a welder but no 技师.
    expect(names(await client.search('焊工 技师')).sort()).toEqual(['夏天明', '宋卫东', '王建国', '谭军'].sort());
  });

  it('folds case and full-width letters, and ignores punctuation in the query', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const client = createSearchClient({ indexUrl: server.indexUrl });

    expect(names(await client.search('dcs'))).toEqual(['袁磊']);
    expect(names(await client.search('ＤＣＳ'))).toEqual(['袁磊']);
    expect(names(await client.search('“焊工”！'))).toHaveLength(5);
    expect(await client.search('  ，。 ')).toEqual([]);
  });

  it('finds one character anywhere, including 焊 in 倒装焊', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const results = await createSearchClient({ indexUrl: server.indexUrl }).search('焊');

    expect(names(results)).toContain('周敏');
    expect(results).toHaveLength(6);
  });

  it('does not match a term across punctuation: 班长、高级 does not contain 长高', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    expect(await createSearchClient({ indexUrl: server.indexUrl }).search('长高')).toEqual([]);
  });

  it('shows each result with what the list shows, never the biography', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const [first] = await createSearchClient({ indexUrl: server.indexUrl }).search('数控');

    expect(first).toEqual({
      url: '/model-workers/profiles/1/',
      name: '陈立新',
      employer: '苏州示例精密机械有限公司',
      position: '数控车间班组长',
      honors: ['省五一劳动奖章', '市劳动模范', '苏州时代工匠'],
      score: 8,
      matchedIn: ['position', 'biography'],
    });
    expect(JSON.stringify(buildSearchIndex(docs()).manifest)).not.toContain('液压阀体');
  });

  it('agrees with the plain truth on every bench query: recall and precision 1', async () => {
    server = await serveIndex(buildSearchIndex(docs()));
    const client = createSearchClient({ indexUrl: server.indexUrl });
    const quality = await measureSearch(docs(), BENCH_QUERIES, async (q) => (await client.search(q)).map((r) => r.url));

    expect(quality.queries.filter((q) => q.missed.length || q.extra.length)).toEqual([]);
    expect(quality).toMatchObject({ meanRecall: 1, meanPrecision: 1, exact: BENCH_QUERIES.length });
  });

  // Some 600 queries: answered from the shards in memory (the HTTP path is covered above), with a
  // generous limit because a loaded CI machine runs several suites at once.
  it('agrees with the plain truth on every two-character sequence of the texts, however the index is sharded', { timeout: 60_000 }, async () => {
    const all = docs();
    const grams = new Set<string>();
    for (const doc of all) for (const text of [doc.name, doc.position, doc.employer, doc.biography]) {
      const chars = [...text];
      chars.forEach((c, i) => /\p{Script=Han}/u.test(c) && /\p{Script=Han}/u.test(chars[i + 1] ?? '') && grams.add(c + chars[i + 1]));
    }
    const index = buildSearchIndex(all, { targetShardBytes: 2048 });
    expect(index.manifest.shards.length).toBeGreaterThan(4);
    const shards = index.manifest.shards.map((name) => JSON.parse(index.files.get(name)!) as SearchShard);
    const quality = await measureSearch(all, [...grams], async (q) =>
      (await searchIndex(q, index.manifest, async (n) => shards[n]!)).map((r) => r.url),
    );

    expect(grams.size).toBeGreaterThan(500);
    expect(quality.exact).toBe(grams.size);
  });
});

describe('the search client', () => {
  it('loads the manifest once and only the shard a two-character query needs', async () => {
    const index = buildSearchIndex(docs(), { targetShardBytes: 2048 });
    server = await serveIndex(index);
    const client = createSearchClient({ indexUrl: server.indexUrl });

    await client.search('焊工');
    expect(server.requests[0]).toBe('manifest.json');
    expect(server.requests).toHaveLength(2);
    await client.search('焊工');
    await client.search('焊');
    expect(server.requests).toHaveLength(2);
  });

  it('fails with a Chinese message the island can show, and tries again on the next query', async () => {
    let failing = true;
    server = await serveIndex(buildSearchIndex(docs()), { fail: () => failing });
    const client = createSearchClient({ indexUrl: server.indexUrl });

    await expect(client.search('焊工')).rejects.toThrow(SEARCH_UNAVAILABLE);
    failing = false;
    expect(await client.search('焊工')).toHaveLength(5);
  });
});

describe('expectedMatches', () => {
  it('is the plain truth: each term appears in one field, as written', () => {
    const list = [
      searchDocOf(worker({ id: 1, name: '甲', position: '电焊工' }), routes),
      searchDocOf(worker({ id: 2, name: '乙', position: '焊接工程师' }), routes),
      searchDocOf(worker({ id: 3, name: '丙', position: '焊、工' }), routes),
    ];
    expect(expectedMatches(list, '焊工')).toEqual(['/model-workers/profiles/1/']);
    expect(expectedMatches(list, '焊 工')).toEqual(['/model-workers/profiles/1/', '/model-workers/profiles/2/', '/model-workers/profiles/3/']);
    expect(expectedMatches(list, '！')).toEqual([]);
  });
});
