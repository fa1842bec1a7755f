import type { SearchField } from './text.ts';

/** What the search finds and shows of one model worker. */
export interface SearchDoc {
  /** The profile's path. */
  url: string;
  name: string;
  employer: string;
  position: string;
  /** Honors as read: 全国五一劳动奖章. */
  honors: string[];
  /** The biography as plain text; indexed but not shipped in the manifest. */
  biography: string;
}

/** A search result as the island shows it. */
export type SearchHit = Omit<SearchDoc, 'biography'>;

/**
 * `manifest.json`: the documents in display order, and the shard files of the postings. It is the
 * only file that changes name-stably; shard names carry a hash of their content, so they can be
 * cached for as long as the host likes.
 */
export interface SearchManifest {
  format: 1;
  fields: readonly SearchField[];
  docs: SearchHit[];
  /** File names of the shards, relative to the manifest, by shard number. */
  shards: string[];
}

/**
 * One shard: the postings of every gram whose first character falls into it. A posting's unit is
 * `doc * fields.length + field`. Characters list the units containing them; bigrams list each unit
 * with the positions (within that unit's text) where they start: `[unit, pos, pos, …]`.
 */
export interface SearchShard {
  chars: Record<string, number[]>;
  bigrams: Record<string, number[][]>;
}
