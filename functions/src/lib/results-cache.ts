/** How long a warm Lambda (and CloudFront, through Cache-Control) reuses a results answer. */
export const RESULTS_CACHE_SECONDS = 5;
/** Cache-Control of every results answer: totals follow the stream's batches anyway. */
export const RESULTS_CACHE_CONTROL = `public, max-age=${RESULTS_CACHE_SECONDS}, s-maxage=${RESULTS_CACHE_SECONDS}`;

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
    /** The answer stored for `key`, unless it has expired. */
    get(key: string, now: number): T | undefined {
      const hit = entries.get(key);
      return hit && hit.expires > now ? hit.body : undefined;
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
