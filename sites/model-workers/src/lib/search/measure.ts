// Measures search quality against the plain truth: a model worker should be found by a query
// exactly when each of its terms appears, as written, in one of their searchable fields. Used by
// the tests and by `npm run bench` (on the seeded site at scale) to report recall and precision.

import type { SearchDoc } from './format.ts';
import { SEARCH_FIELDS, textRuns } from './text.ts';

/** Queries a reader of the microsite would type: trades, places, honors and a name, mostly two characters. */
export const BENCH_QUERIES: readonly string[] = [
  '焊工', '数控', '公交', '护士', '急诊', '芯片', '班长', '技师', '电力', '桥梁', '抢修', '专利',
  '教师', '纺织', '司机', '化工', '农业', '焊接', '安全', '组员', '地铁', '劳动模范', '五一劳动奖章', '陈立新',
];

/** The URLs of the documents a query should find: every term of the query is in some field, uncut by punctuation. */
export function expectedMatches(docs: readonly SearchDoc[], query: string): string[] {
  const terms = textRuns(query).map((run) => run.join(''));
  if (terms.length === 0) return [];
  return docs
    .filter((doc) => {
      // Runs joined by a character no run contains, so a term cannot match across punctuation.
      const fields = SEARCH_FIELDS.map((field) =>
        textRuns(field === 'honors' ? doc.honors.join('、') : doc[field]).map((run) => run.join('')).join('\u0000'),
      );
      return terms.every((term) => fields.some((text) => text.includes(term)));
    })
    .map((doc) => doc.url);
}

export interface QueryQuality {
  query: string;
  expected: number;
  found: number;
  /** Share of the expected documents found (1 when none were expected). */
  recall: number;
  /** Share of the found documents that were expected (1 when none were found). */
  precision: number;
  missed: string[];
  extra: string[];
}

export interface SearchQuality {
  queries: QueryQuality[];
  meanRecall: number;
  meanPrecision: number;
  /** Queries that found exactly the expected documents. */
  exact: number;
}

/** Runs every query through `search` (which returns result URLs) and compares with `expectedMatches`. */
export async function measureSearch(
  docs: readonly SearchDoc[],
  queries: readonly string[],
  search: (query: string) => Promise<string[]>,
): Promise<SearchQuality> {
  const results: QueryQuality[] = [];
  for (const query of queries) {
    const expected = new Set(expectedMatches(docs, query));
    const found = new Set(await search(query));
    const missed = [...expected].filter((url) => !found.has(url));
    const extra = [...found].filter((url) => !expected.has(url));
    results.push({
      query,
      expected: expected.size,
      found: found.size,
      recall: expected.size ? (expected.size - missed.length) / expected.size : 1,
      precision: found.size ? (found.size - extra.length) / found.size : 1,
      missed,
      extra,
    });
  }
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);
  return {
    queries: results,
    meanRecall: mean(results.map((r) => r.recall)),
    meanPrecision: mean(results.map((r) => r.precision)),
    exact: results.filter((r) => r.missed.length === 0 && r.extra.length === 0).length,
  };
}
