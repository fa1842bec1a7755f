import { describe, expect, it } from 'vitest';
import { RESULTS_CACHE_CONTROL, resultsCache } from './results-cache.ts';

describe('resultsCache', () => {
  it('serves an answer for 5 s, then no longer', () => {
    const cache = resultsCache<string>();
    cache.set('a', 'answer', 1_000);
    expect(cache.get('a', 1_000)?.body).toBe('answer');
    expect(cache.get('a', 5_999)?.body).toBe('answer');
    expect(cache.get('a', 6_000)).toBeUndefined();
    expect(cache.get('b', 1_000)).toBeUndefined();
  });

  it('sweeps expired answers once it holds many, keeping the fresh ones', () => {
    const cache = resultsCache<number>({ sweepAbove: 3 });
    cache.set('old-1', 1, 0);
    cache.set('old-2', 2, 0);
    cache.set('fresh', 3, 4_000);
    cache.set('new', 4, 6_000);
    expect(cache.size).toBe(2);
    expect(cache.get('fresh', 6_000)?.body).toBe(3);
    expect(cache.get('new', 6_000)?.body).toBe(4);
  });

  it('tells CloudFront and the browser 5 s for an answer just read', () => {
    expect(RESULTS_CACHE_CONTROL).toBe('public, max-age=5, s-maxage=5');
  });

  it('lets a served answer be kept downstream only for the whole seconds it has left here, so it is never older than 5 s in all', () => {
    const cache = resultsCache<string>();
    cache.set('a', 'answer', 1_000);
    expect(cache.get('a', 1_000)?.cacheControl).toBe('public, max-age=5, s-maxage=5');
    expect(cache.get('a', 2_500)?.cacheControl).toBe('public, max-age=3, s-maxage=3');
    expect(cache.get('a', 5_200)?.cacheControl).toBe('public, max-age=0, s-maxage=0');
  });
});
