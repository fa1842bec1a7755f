// Text handling shared by the index builder (build time) and the query (in the browser): both must
// cut text the same way, or a query would look for grams the index never wrote.
//
// Chinese has no spaces, and a dictionary segmenter cuts 数控 or 公交 differently at index and
// query time (see the README), so the index stores every character and every pair of adjacent
// characters (bigrams) with positions: any query of two or more characters is matched as an exact
// phrase from its bigrams, and a one-character query from the characters.

/** The fields a model worker is searched by, and how much a match in each counts. */
export const SEARCH_FIELDS = ['name', 'position', 'employer', 'honors', 'biography'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
export const FIELD_WEIGHTS: Record<SearchField, number> = { name: 16, position: 8, employer: 4, honors: 2, biography: 1 };

/** Full-width letters and digits fold to half-width (ＤＣＳ → dcs), compatibility forms to their plain character, case to lower. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const RUN = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The runs of letters and digits in a text, each as an array of characters (code points).
 * Spaces, punctuation and symbols end a run, so no bigram spans 班长、高级 or two sentences.
 */
export function textRuns(text: string): string[][] {
  return [...normalizeText(text).matchAll(RUN)].map((match) => Array.from(match[0]));
}

/** The shard of the index that holds every gram starting with `char`, so a one- or two-character query loads one file. */
export function shardOf(char: string, shardCount: number): number {
  return (Math.imul(char.codePointAt(0) ?? 0, 2654435761) >>> 0) % shardCount;
}
