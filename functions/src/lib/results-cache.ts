/** How long a warm Lambda (and CloudFront, through Cache-Control) reuses a results answer. */
export const RESULTS_CACHE_SECONDS = 5;
/** Cache-Control of a results answer that CloudFront and the browser may keep `seconds` more. */
export const resultsCacheControl = (seconds: number) => `public, max-age=${seconds}, s-maxage=${seconds}`;
/** Cache-Control of a results answer just read: totals follow the stream's batches anyway. */
export const RESULTS_CACHE_CONTROL = resultsCacheControl(RESULTS_CACHE_SECONDS);

/** Entries above which a write first sweeps out the expired ones (a round of likes has up to 2,500 candidates). */
const SWEEP_ABOVE = 4_096;

/**
 * Answers kept for RESULTS_CACHE_SECONDS, by key. Create it in module scope so it lives as long as the
 * warm Lambda. Expired entries are swept once the map grows, so reads of many candidates do not pile
 * up answers nobody will be served again.
 */
export function resultsCache<T>({ seconds = RESULTS_CACHE_SECONDS, sweepAbove = SWEEP_ABOVE } = {}) {
  const entries = new Map<string, { body: T; expires: number }>();
  return {
    /**
     * The answer stored for `key`, unless it has expired, with the Cache-Control to serve it with:
     * downstream caches (CloudFront, the browser) may keep it only for the whole seconds left here,
     * so no one is shown totals older than the window in all.
     */
    get(key: string, now: number): { body: T; cacheControl: string } | undefined {
      const hit = entries.get(key);
      if (!hit || hit.expires <= now) return undefined;
      return { body: hit.body, cacheControl: resultsCacheControl(Math.floor((hit.expires - now) / 1000)) };
    },
    /** The answer for `key`: from the cache, or from `load`, stored for the window and served with its full Cache-Control. */
    async read(key: string, now: number, load: () => Promise<T>): Promise<{ body: T; cacheControl: string }> {
      const hit = this.get(key, now);
      if (hit) return hit;
      const body = await load();
      this.set(key, body, now);
      return { body, cacheControl: RESULTS_CACHE_CONTROL };
    },
    set(key: string, body: T, now: number): void {
      if (entries.size >= sweepAbove) {
        for (const [k, entry] of entries) if (entry.expires <= now) entries.delete(k);
      }
      entries.set(key, { body, expires: now + seconds * 1000 });
    },
    get size(): number {
      return entries.size;
    },
  };
}
