import type { PageType } from '../../e2e/support/page-types.ts';
import { kb } from './stats.ts';

/** Bytes one page made the phone download: raw and gzip, per kind. Images are not counted. */
export interface PageBytes {
  html: number;
  css: number;
  js: number;
  gzip: { html: number; css: number; js: number };
}

export const gzipTotal = (bytes: PageBytes) => bytes.gzip.html + bytes.gzip.css + bytes.gzip.js;

/**
 * The page-weight goal of a page type as the bench table states it, and whether the page meets it
 * (undefined where there is no number to meet: an island page's JavaScript is what the island needs).
 * A page without an island ships no JavaScript; a page type may add a ceiling on HTML + CSS + JS gzip.
 */
export function weightGoal(pageType: Pick<PageType, 'island' | 'maxGzipBytes'>, bytes: PageBytes): { goal: string; met: boolean | undefined } {
  const goals: string[] = [];
  const checks: boolean[] = [];
  if (!pageType.island) {
    goals.push('JS 0');
    checks.push(bytes.js === 0);
  }
  if (pageType.maxGzipBytes !== undefined) {
    goals.push(`≤ ${kb(pageType.maxGzipBytes)} gzip`);
    checks.push(gzipTotal(bytes) <= pageType.maxGzipBytes);
  }
  if (!goals.length) return { goal: 'island only', met: undefined };
  return { goal: goals.join(', '), met: checks.every(Boolean) };
}
