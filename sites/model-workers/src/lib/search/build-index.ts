// Builds the static search index at build time. Runs in Node only (it hashes shard contents).

import { createHash } from 'node:crypto';
import type { SearchDoc, SearchManifest, SearchShard } from './format.ts';
import { SEARCH_FIELDS, shardOf, textRuns } from './text.ts';

export interface BuiltSearchIndex {
  manifest: SearchManifest;
  /** Shard file contents by file name (as listed in the manifest). */
  files: Map<string, string>;
}

/** About this many bytes of postings per shard; a query of two characters downloads one. */
const TARGET_SHARD_BYTES = 24 * 1024;
const MAX_SHARDS = 256;

/** Builds the manifest and the shard files of `docs`, which are kept in the order given (the list order). */
export function buildSearchIndex(docs: readonly SearchDoc[], options: { targetShardBytes?: number } = {}): BuiltSearchIndex {
  const chars = new Map<string, Set<number>>();
  const bigrams = new Map<string, Map<number, number[]>>();

  docs.forEach((doc, docIndex) => {
    const texts: Record<(typeof SEARCH_FIELDS)[number], string> = { ...doc, honors: doc.honors.join('、') };
    SEARCH_FIELDS.forEach((field, fieldIndex) => {
      const unit = docIndex * SEARCH_FIELDS.length + fieldIndex;
      let position = 0;
      for (const run of textRuns(texts[field])) {
        run.forEach((char, i) => {
          if (!chars.has(char)) chars.set(char, new Set());
          chars.get(char)!.add(unit);
          const next = run[i + 1];
          if (next === undefined) return;
          const gram = char + next;
          if (!bigrams.has(gram)) bigrams.set(gram, new Map());
          const units = bigrams.get(gram)!;
          if (!units.has(unit)) units.set(unit, []);
          units.get(unit)!.push(position + i);
        });
        // A gap between runs, so positions never chain across punctuation.
        position += run.length + 1;
      }
    });
  });

  const postingsBytes = [...bigrams.values()].reduce((sum, units) => sum + 8 + [...units.values()].reduce((s, p) => s + 6 + p.length * 4, 0), 0);
  const target = options.targetShardBytes ?? TARGET_SHARD_BYTES;
  const shardCount = Math.min(MAX_SHARDS, 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, postingsBytes / target)))));
  const shards: SearchShard[] = Array.from({ length: shardCount }, () => ({ chars: {}, bigrams: {} }));
  for (const [char, units] of [...chars].sort(([a], [b]) => compare(a, b))) {
    shards[shardOf(char, shardCount)]!.chars[char] = [...units].sort((a, b) => a - b);
  }
  for (const [gram, units] of [...bigrams].sort(([a], [b]) => compare(a, b))) {
    shards[shardOf(gram, shardCount)]!.bigrams[gram] = [...units].sort(([a], [b]) => a - b).map(([unit, positions]) => [unit, ...positions]);
  }

  const files = new Map<string, string>();
  const names = shards.map((shard, index) => {
    const content = JSON.stringify(shard);
    const name = `${index}-${createHash('sha256').update(content).digest('hex').slice(0, 10)}.json`;
    files.set(name, content);
    return name;
  });
  return {
    manifest: {
      format: 1,
      fields: SEARCH_FIELDS,
      docs: docs.map(({ url, name, employer, position, honors }) => ({ url, name, employer, position, honors })),
      shards: names,
    },
    files,
  };
}

// Code-point order, so the files are the same on every machine whatever its locale.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
