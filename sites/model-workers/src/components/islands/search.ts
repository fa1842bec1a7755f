// The search island's rules, apart from React so they can be tested on their own: what the query
// is, how the URL carries it, what each result shows with the query's terms marked, and what the
// live region says. Browser-safe; no Node imports.

import { MAX_QUERY_CHARS, queryRuns, type SearchResult } from '../../lib/search/query.ts';
import { normalizeText } from '../../lib/search/text.ts';

/** The query parameter a search is shared and restored by: /model-workers/search/?q=焊工. */
export const QUERY_PARAM = 'q';

/** How long typing must pause before a search runs, so a phone does not search at every character. */
export const SEARCH_DEBOUNCE_MS = 250;

/** Results shown at first, and added by each 显示更多: a one-character query can match most of the site. */
export const RESULTS_PAGE = 30;

/** The query a page address carries, as typed (trimmed); '' when there is none. */
export function readQuery(search: string): string {
  return (new URLSearchParams(search).get(QUERY_PARAM) ?? '').trim();
}

/**
 * The address (path, query string and hash) of the page showing `query`: `?q=` set to the trimmed
 * query, or removed when it is blank. Other parameters and the hash are kept.
 */
export function urlWithQuery(href: string, query: string): string {
  const url = new URL(href, 'http://localhost');
  const trimmed = query.trim();
  if (trimmed) url.searchParams.set(QUERY_PARAM, trimmed);
  else url.searchParams.delete(QUERY_PARAM);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether a query has anything to look for: letters or digits, not only spaces and punctuation. */
export function isSearchable(query: string): boolean {
  return queryRuns(query).length > 0;
}

/** The terms the index matches for a query (split at spaces and punctuation, folded as the index folds text). */
export function queryTerms(query: string): string[] {
  return queryRuns(query).map((run) => run.join(''));
}

/** A piece of text, marked when it is part of a query term. Rendered as text nodes, never as HTML. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into segments, marking every occurrence of each term. Matching is on the folded text
 * (ＤＣＳ matches dcs) but the segments keep the text as written. Characters are folded one by
 * one, so a fold that changes length (㈱ → (株)) still maps back to the character it came from.
 */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const chars = Array.from(text);
  let folded = '';
  // For each UTF-16 unit of the folded text, the index of the character of `text` it came from.
  const origin: number[] = [];
  chars.forEach((char, index) => {
    const fold = normalizeText(char);
    folded += fold;
    for (let i = 0; i < fold.length; i += 1) origin.push(index);
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      for (let i = at; i < at + term.length; i += 1) marked[origin[i]!] = true;
    }
  }
  const segments: Segment[] = [];
  chars.forEach((char, index) => {
    const last = segments.at(-1);
    if (last && last.mark === marked[index]) last.text += char;
    else segments.push({ text: char, mark: marked[index]! });
  });
  return segments;
}

const contains = (text: string, term: string) => normalizeText(text).includes(term);

/**
 * The line under a result's name and employer that shows why it was found: its position, or the
 * honors that match, with the terms marked; terms found only in the biography (which the browser
 * does not download) are named after it: 简介中提到「技师」.
 */
export function snippetOf(result: Pick<SearchResult, 'name' | 'employer' | 'position' | 'honors' | 'matchedIn'>, query: string): Segment[] {
  const terms = queryTerms(query);
  const matchingHonors = result.honors.filter((honor) => terms.some((term) => contains(honor, term)));
  const useHonors = matchingHonors.length > 0 && !terms.some((term) => contains(result.position, term));
  const text = useHonors ? matchingHonors.join('、') : result.position || result.honors.join('、');
  const segments = text ? highlight(text, terms) : [];
  if (result.matchedIn.includes('biography')) {
    const shown = [result.name, result.employer, text];
    const unseen = terms.filter((term) => !shown.some((field) => contains(field, term)));
    if (unseen.length > 0) {
      segments.push({ text: `${text ? '；' : ''}简介中提到`, mark: false });
      for (const term of unseen) segments.push({ text: '「', mark: false }, { text: term, mark: true }, { text: '」', mark: false });
    }
  }
  return segments;
}

/** What the island is doing; the live region and the result list follow from it. */
export type SearchState =
  | { kind: 'idle' }
  | { kind: 'loading'; query: string }
  | { kind: 'done'; query: string; results: SearchResult[] }
  | { kind: 'error'; query: string; message: string };

/** A query as the messages quote it: trimmed, and cut where the search cuts it. */
export function quoted(query: string): string {
  const chars = Array.from(query.trim());
  return chars.length > MAX_QUERY_CHARS ? `${chars.slice(0, MAX_QUERY_CHARS).join('')}…` : chars.join('');
}

/** What the aria-live region says: nothing before a search, then loading, the number found, none, or the error. */
export function statusText(state: SearchState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'loading':
      return '正在搜索…';
    case 'done':
      return state.results.length === 0
        ? `没有找到与「${quoted(state.query)}」相关的劳模`
        : `找到 ${state.results.length} 位与「${quoted(state.query)}」相关的劳模`;
    case 'error':
      return state.message;
  }
}
