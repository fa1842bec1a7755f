// The search island's data access: loads the manifest once and each shard when a query first needs
// it, then answers queries in the browser. Browser-safe; no Node imports.

import type { SearchManifest, SearchShard } from './format.ts';
import { searchIndex, type SearchResult } from './query.ts';

export interface SearchClientOptions {
  /** The folder of the index files, e.g. `/model-workers/search-index/` (routes.searchIndex()). */
  indexUrl: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export interface SearchClient {
  /** The model workers matching a query, best first; [] for a query with nothing to look for. */
  search(query: string): Promise<SearchResult[]>;
}

/** Shown by the island when the index cannot be loaded (offline, or a deploy in progress). */
export const SEARCH_UNAVAILABLE = '搜索暂时无法使用，请检查网络后重试。';

/** A client of the static search index; files are fetched once per page view and reused. */
export function createSearchClient(options: SearchClientOptions): SearchClient {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.indexUrl.endsWith('/') ? options.indexUrl : `${options.indexUrl}/`;
  let manifest: Promise<SearchManifest> | undefined;
  const shards = new Map<number, Promise<SearchShard>>();

  async function getJson<T>(url: string): Promise<T> {
    let response: Response;
    try {
      response = await doFetch(url, { headers: { accept: 'application/json' } });
    } catch (cause) {
      throw new Error(SEARCH_UNAVAILABLE, { cause });
    }
    if (!response.ok) throw new Error(SEARCH_UNAVAILABLE, { cause: new Error(`${url} answered ${response.status}`) });
    return (await response.json()) as T;
  }

  // A failed load is forgotten, so the next query tries again instead of failing forever.
  function remember<T>(promise: Promise<T>, forget: () => void): Promise<T> {
    promise.catch(forget);
    return promise;
  }

  function loadManifest(): Promise<SearchManifest> {
    manifest ??= remember(getJson<SearchManifest>(`${base}manifest.json`), () => (manifest = undefined));
    return manifest;
  }

  return {
    async search(query) {
      const index = await loadManifest();
      return searchIndex(query, index, (n) => {
        let shard = shards.get(n);
        if (!shard) {
          shard = remember(getJson<SearchShard>(`${base}${index.shards[n]}`), () => shards.delete(n));
          shards.set(n, shard);
        }
        return shard;
      });
    },
  };
}
