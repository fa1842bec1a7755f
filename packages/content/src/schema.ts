// Classic zod (not zod/mini like @union/schemas): Astro types `getCollection` from a loader's
// schema only when it is a classic `ZodType`, and this package never reaches a browser bundle.
import * as z from 'zod';
import {
  CAMPAIGN_KINDS,
  CANDIDATE_COLLECTIONS,
  CANDIDATE_SOURCES,
  DISTRICTS,
  HONOR_LEVELS,
  INDUSTRIES,
  campaignSlug,
  candidateIdOf,
  optionValues,
  type CandidateCollection,
} from '@union/schemas';

// Every transform below is idempotent (null stays null, false stays false): the loader's
// output is parsed a second time by Astro's `parseData` against this same schema.

const isoDate = z.iso.datetime({ offset: true });
const nullableDate = isoDate.nullish().transform((value) => value ?? null);

/** One generated size of an uploaded image; Payload sends nulls for sizes it did not generate. */
const imageSizeSchema = z
  .object({
    url: z.string().min(1).nullish(),
    width: z.number().positive().nullish(),
    height: z.number().positive().nullish(),
  })
  .nullish()
  .transform((size) =>
    size?.url && size.width && size.height ? { url: size.url, width: size.width, height: size.height } : null,
  );

/** An image document of the CMS's media collection, as populated at depth 1. */
export const mediaSchema = z.object({
  id: z.union([z.number(), z.string()]),
  /** Absolute once it has passed through the content client. */
  url: z.string().min(1),
  alt: z
    .string()
    .nullish()
    .transform((alt) => alt ?? ''),
  width: z.number().positive(),
  height: z.number().positive(),
  sizes: z.object({
    thumbnail: imageSizeSchema,
    card: imageSizeSchema,
    full: imageSizeSchema,
  }),
});
export type Media = z.infer<typeof mediaSchema>;
export type MediaSize = NonNullable<Media['sizes']['card']>;

/** A Lexical editor state: a root node whose children are left to the renderer, which tolerates unknown nodes. */
export const lexicalSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.unknown()),
  }),
});
export type LexicalState = z.infer<typeof lexicalSchema>;

/** A published campaign as the sites use it. Unknown CMS fields are stripped. */
const quotaSchema = z
  .number()
  .int()
  .positive()
  .nullish()
  .transform((quota) => quota ?? null);

/** A voting candidate as the sites show it: the API's id (`contestants-12`) and the public name. */
export interface Candidate {
  id: string;
  name: string;
}

const NAME_FIELDS: Record<CandidateCollection, string> = { contestants: 'stageName', 'model-workers': 'name' };

/**
 * A round's candidate: a relationship populated at depth 1, or (on Astro's second parse) the
 * candidate already reduced. A reference the public may not read (a draft) arrives as a bare id
 * and becomes null, so it is never shown; so does one from a collection that cannot be voted for.
 */
const candidateSchema = z
  .union([
    z.object({ id: z.string().min(1), name: z.string().min(1) }),
    z.object({
      relationTo: z.string(),
      value: z.union([z.number(), z.string(), z.looseObject({ id: z.union([z.number(), z.string()]) }), z.null()]),
    }),
  ])
  .transform((ref): Candidate | null => {
    if ('id' in ref) return { id: ref.id, name: ref.name };
    const collection = CANDIDATE_COLLECTIONS.find((c) => c === ref.relationTo);
    if (!collection || ref.value === null || typeof ref.value !== 'object') return null;
    const name = (ref.value as Record<string, unknown>)[NAME_FIELDS[collection]];
    return typeof name === 'string' && name ? { id: candidateIdOf(collection, ref.value.id), name } : null;
  });

/**
 * A voting round with its window and the candidates the public may see and vote for. A round whose
 * `candidateSource` is `all-model-workers` (劳模点赞) takes every published model worker, as
 * `model-workers-<id>`: the CMS does not list them here (`candidates` is empty), so a site offers it
 * on each model worker it publishes. Rounds saved before sources existed read as `selected`.
 */
const votingRoundSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    opensAt: isoDate,
    closesAt: isoDate,
    candidateSource: z
      .enum(CANDIDATE_SOURCES)
      .nullish()
      .transform((source) => source ?? 'selected'),
    candidates: z.array(candidateSchema.nullable()).nullish(),
  })
  .transform((round) => ({ ...round, candidates: (round.candidates ?? []).filter((c): c is Candidate => c !== null) }));
export type VotingRound = z.infer<typeof votingRoundSchema>;

export const campaignSchema = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string().min(1),
  slug: campaignSlug,
  kind: z.enum(CAMPAIGN_KINDS),
  summary: z
    .string()
    .nullish()
    .transform((summary) => summary ?? ''),
  cover: mediaSchema.nullish().transform((cover) => cover ?? null),
  body: lexicalSchema.nullish().transform((body) => body ?? null),
  startsAt: isoDate,
  endsAt: nullableDate,
  registration: z.object({
    enabled: z
      .boolean()
      .nullish()
      .transform((enabled) => enabled === true),
    opensAt: nullableDate,
    closesAt: nullableDate,
    capacity: z
      .number()
      .int()
      .positive()
      .nullish()
      .transform((capacity) => capacity ?? null),
    requiresVerifiedParticipant: z
      .boolean()
      .nullish()
      .transform((required) => required === true),
  }),
  /** Vote quotas; a campaign saved before voting existed has none (closed). */
  voting: z
    .object({
      enabled: z.boolean().nullish().transform((enabled) => enabled === true),
      requiresVerifiedParticipant: z.boolean().nullish().transform((required) => required !== false),
      perParticipantPerDay: quotaSchema,
      perCandidatePerDay: quotaSchema,
      perParticipantPerRound: quotaSchema,
      rounds: z
        .array(votingRoundSchema)
        .nullish()
        .transform((rounds) => rounds ?? []),
    })
    .nullish()
    .transform((voting) => voting ?? null),
  updatedAt: isoDate,
});
export type Campaign = z.infer<typeof campaignSchema>;

const documentId = z.union([z.number(), z.string()]);

/** Optional plain text; empty, blank and missing all become ''. */
const optionalText = z
  .string()
  .nullish()
  .transform((text) => (text ?? '').trim());

const optionalYear = z
  .number()
  .int()
  .nullish()
  .transform((year) => year ?? null);

/** One honor of a model worker: 2018 年 市 劳动模范. The CMS's row id is dropped. */
export const honorSchema = z.object({
  level: z.enum(optionValues(HONOR_LEVELS)),
  title: z.string().trim().min(1),
  year: z.number().int(),
});
export type Honor = z.infer<typeof honorSchema>;

/** A published model worker as the sites use it. Gender and unknown CMS fields are stripped: the sites never show them. */
export const modelWorkerSchema = z.object({
  id: documentId,
  name: z.string().trim().min(1),
  portrait: mediaSchema.nullish().transform((portrait) => portrait ?? null),
  industry: z
    .enum(optionValues(INDUSTRIES))
    .nullish()
    .transform((industry) => industry ?? null),
  district: z
    .enum(optionValues(DISTRICTS))
    .nullish()
    .transform((district) => district ?? null),
  employer: z.string().trim().min(1),
  position: optionalText,
  honors: z
    .array(honorSchema)
    .nullish()
    .transform((honors) => honors ?? []),
  isEraCraftsman: z
    .boolean()
    .nullish()
    .transform((craftsman) => craftsman === true),
  craftsmanYear: optionalYear,
  biography: lexicalSchema.nullish().transform((biography) => biography ?? null),
  quote: optionalText,
  /** Shown first on the microsite's home; older CMS versions lack the field. */
  featured: z
    .boolean()
    .nullish()
    .transform((featured) => featured === true),
  updatedAt: isoDate,
});
export type ModelWorker = z.infer<typeof modelWorkerSchema>;

/** The lead of a studio as the sites link to it. */
export interface StudioLead {
  id: number | string;
  name: string;
}

/**
 * A studio's lead: populated at depth 1 while the model worker is published. An unpublished lead
 * arrives as a bare id (the public may not read it) or not at all, and becomes null, so no page
 * links to a profile that does not exist.
 */
const studioLeadSchema = z
  .union([z.looseObject({ id: documentId, name: z.string().trim().min(1) }), documentId])
  .nullish()
  .transform((lead): StudioLead | null => (typeof lead === 'object' && lead !== null ? { id: lead.id, name: lead.name } : null));

/** A published 劳模创新工作室 as the sites use it. */
export const innovationStudioSchema = z.object({
  id: documentId,
  name: z.string().trim().min(1),
  lead: studioLeadSchema,
  employer: z.string().trim().min(1),
  field: optionalText,
  yearNamed: optionalYear,
  achievements: lexicalSchema.nullish().transform((achievements) => achievements ?? null),
  updatedAt: isoDate,
});
export type InnovationStudio = z.infer<typeof innovationStudioSchema>;

/** The envelope of a Payload 3 REST list answer; docs are validated one by one so errors can name the document. */
export const payloadListSchema = z.object({
  docs: z.array(z.unknown()),
  totalDocs: z.number().int().nonnegative(),
  limit: z.number().int().nonnegative(),
  totalPages: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  hasNextPage: z.boolean(),
  hasPrevPage: z.boolean(),
  nextPage: z.number().int().nullish(),
  prevPage: z.number().int().nullish(),
});
export type PayloadList = z.infer<typeof payloadListSchema>;

/** Lists every failing field of a zod error as `path.to.field: message`, one per line. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `  - ${issue.path.length ? issue.path.map(String).join('.') : '(root)'}: ${issue.message}`)
    .join('\n');
}
