// Answers a query from the index: pure, browser-safe, and given a way to load shards.

import type { SearchHit, SearchManifest, SearchShard } from './format.ts';
import { FIELD_WEIGHTS, shardOf, textRuns, type SearchField } from './text.ts';

/** Longer queries are cut here: no one types 64 characters into a phone to find a person. */
export const MAX_QUERY_CHARS = 64;

export interface SearchResult extends SearchHit {
  /** Higher is better: the best field each query term matched, added up (name 16 … biography 1). */
  score: number;
  /** The fields where the query matched, best first. */
  matchedIn: SearchField[];
}

/** The runs of a query, as the index cut its texts; a query of only spaces and punctuation has none. */
export function queryRuns(query: string): string[][] {
  const runs: string[][] = [];
  let budget = MAX_QUERY_CHARS;
  for (const run of textRuns(query)) {
    if (budget <= 0) break;
    runs.push(run.slice(0, budget));
    budget -= run.length;
  }
  return runs;
}

/**
 * Every model worker whose name, position, employer, honors or biography contains each term of the
 * query (terms are split at spaces and punctuation; each term must appear as written, characters
 * adjacent). Best matches first; ties keep the list order.
 */
export async function searchIndex(
  query: string,
  manifest: SearchManifest,
  loadShard: (index: number) => Promise<SearchShard>,
): Promise<SearchResult[]> {
  const runs = queryRuns(query);
  if (runs.length === 0) return [];
  const shardCount = manifest.shards.length;
  // Bigrams live in the shard of their first character, so a run's last character is looked up only on its own.
  const wanted = [...new Set(runs.flatMap((run) => (run.length === 1 ? run : run.slice(0, -1)).map((char) => shardOf(char, shardCount))))];
  const shards = new Map(await Promise.all(wanted.map(async (index) => [index, await loadShard(index)] as const)));
  const shardFor = (char: string) => shards.get(shardOf(char, shardCount))!;

  const fieldCount = manifest.fields.length;
  // For each doc, the best field weight each run matched in; a doc must match every run.
  let scores: Map<number, { score: number; fields: Set<SearchField> }> | null = null;
  for (const run of runs) {
    const units = matchingUnits(run, shardFor);
    const perDoc = new Map<number, { score: number; fields: Set<SearchField> }>();
    for (const unit of units) {
      const doc = Math.floor(unit / fieldCount);
      const field = manifest.fields[unit % fieldCount]!;
      const entry = perDoc.get(doc) ?? { score: 0, fields: new Set<SearchField>() };
      entry.score = Math.max(entry.score, FIELD_WEIGHTS[field]);
      entry.fields.add(field);
      perDoc.set(doc, entry);
    }
    if (scores === null) {
      scores = perDoc;
    } else {
      const previous: Map<number, { score: number; fields: Set<SearchField> }> = scores;
      scores = new Map(
        [...perDoc]
          .filter(([doc]) => previous.has(doc))
          .map(([doc, entry]) => [doc, { score: previous.get(doc)!.score + entry.score, fields: new Set([...previous.get(doc)!.fields, ...entry.fields]) }]),
      );
    }
    if (scores.size === 0) return [];
  }

  return [...scores!]
    .sort(([docA, a], [docB, b]) => b.score - a.score || docA - docB)
    .map(([doc, { score, fields }]) => ({
      ...manifest.docs[doc]!,
      score,
      matchedIn: [...fields].sort((a, b) => FIELD_WEIGHTS[b] - FIELD_WEIGHTS[a]),
    }));
}

/** The units (doc × field) containing a run: from the character list for one character, else as a phrase of its bigrams. */
function matchingUnits(run: string[], shardFor: (char: string) => SearchShard): Set<number> {
  if (run.length === 1) return new Set(shardFor(run[0]!).chars[run[0]!] ?? []);

  const grams = run.slice(0, -1).map((char, i) => char + run[i + 1]!);
  const postings = grams.map((gram) => {
    const byUnit = new Map<number, Set<number>>();
    for (const [unit, ...positions] of shardFor(gram).bigrams[gram] ?? []) byUnit.set(unit!, new Set(positions));
    return byUnit;
  });
  const found = new Set<number>();
  for (const [unit, starts] of postings[0]!) {
    // The run is there when its k-th bigram starts k characters after the first, for every k.
    const phrase = [...starts].some((start) => postings.every((byUnit, k) => byUnit.get(unit)?.has(start + k)));
    if (phrase) found.add(unit);
  }
  return found;
}
