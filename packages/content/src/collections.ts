import type * as z from 'zod';
import { campaignSchema, innovationStudioSchema, modelWorkerSchema } from './schema.ts';

/** How the content client lists one CMS collection: where it lives, its order, its schema, and how errors name a document. */
export interface PublishedCollection<S extends z.ZodType> {
  /** The collection's REST path segment (its Payload slug). */
  slug: string;
  /** Names a document in error messages, e.g. `Campaign "reading-month-2026" (docs.1)`. */
  label: string;
  /** The raw field whose value names a document in error messages. */
  keyField: string;
  /** Validates one document (media URLs already absolute) and shapes it for the sites. */
  schema: S;
  /** Payload's sort parameter; a unique or near-unique key keeps paging stable while editors publish. */
  sort: string;
}

/** The collections the sites read, each listed published-only through `ContentClient.listPublished`. */
export const COLLECTIONS = {
  campaigns: { slug: 'campaigns', label: 'Campaign', keyField: 'slug', schema: campaignSchema, sort: 'startsAt' },
  modelWorkers: { slug: 'model-workers', label: 'Model worker', keyField: 'name', schema: modelWorkerSchema, sort: 'id' },
  innovationStudios: {
    slug: 'innovation-studios',
    label: 'Innovation studio',
    keyField: 'name',
    schema: innovationStudioSchema,
    sort: 'id',
  },
} as const satisfies Record<string, PublishedCollection<z.ZodType>>;
