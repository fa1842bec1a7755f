import type { Loader, LoaderContext } from 'astro/loaders';
import type * as z from 'zod';
import { COLLECTIONS } from './collections.ts';
import { createContentClient, type ContentClient, type ContentClientOptions } from './index.ts';
import { renderRichText } from './rich-text.ts';
import type { Campaign, InnovationStudio, ModelWorker } from './schema.ts';

export type CampaignsLoaderOptions = ContentClientOptions;

/** A loader with its schema's type kept, so Astro infers `getCollection(...)` entries from it. */
export type TypedLoader<S extends z.ZodType> = Loader & { schema: S };

export type CampaignsLoader = TypedLoader<typeof COLLECTIONS.campaigns.schema>;
export type ModelWorkersLoader = TypedLoader<typeof COLLECTIONS.modelWorkers.schema>;
export type InnovationStudiosLoader = TypedLoader<typeof COLLECTIONS.innovationStudios.schema>;

interface PublishedLoaderSpec<S extends z.ZodType> {
  /** The loader's name, shown by Astro. */
  name: string;
  /** Plural noun for the log line: `3 published campaigns: …`. */
  noun: string;
  schema: S;
  list(client: ContentClient): Promise<z.output<S>[]>;
  /** The entry id: a stable key the site's URLs are built from. */
  idOf(doc: z.output<S>): string;
  /** The document's main rich text, rendered into the entry so `render(entry)` shows it. */
  richText(doc: z.output<S>): unknown;
}

/**
 * An Astro content loader of every published document a spec lists. Unchanged documents (same
 * digest) are left as stored and not re-parsed; documents no longer published are removed.
 */
export function publishedLoader<S extends z.ZodType>(options: ContentClientOptions, spec: PublishedLoaderSpec<S>): TypedLoader<S> {
  const client = createContentClient(options);
  return {
    name: spec.name,
    schema: spec.schema,
    async load({ store, parseData, generateDigest, logger }: LoaderContext) {
      const docs = await spec.list(client);
      const published = new Set<string>();
      let unchanged = 0;
      let updated = 0;
      let removed = 0;
      for (const doc of docs) {
        const id = spec.idOf(doc);
        published.add(id);
        const digest = generateDigest(doc as Record<string, unknown>);
        if (store.get(id)?.digest === digest) {
          unchanged++;
          continue;
        }
        const data = await parseData({ id, data: doc as Record<string, unknown> });
        store.set({ id, data, digest, rendered: { html: renderRichText(spec.richText(doc)) } });
        updated++;
      }
      for (const id of store.keys()) {
        if (!published.has(id)) {
          store.delete(id);
          removed++;
        }
      }
      logger.info(`${docs.length} published ${spec.noun}: ${unchanged} unchanged, ${updated} updated, ${removed} removed`);
    },
  };
}

/** Every published campaign, keyed by slug, with its body rendered. */
export function campaignsLoader(options: CampaignsLoaderOptions): CampaignsLoader {
  return publishedLoader(options, {
    name: 'union-campaigns',
    noun: 'campaigns',
    schema: COLLECTIONS.campaigns.schema,
    list: (client) => client.listCampaigns(),
    idOf: (campaign: Campaign) => campaign.slug,
    richText: (campaign: Campaign) => campaign.body,
  });
}

/** Every published model worker, keyed by CMS id (profile URLs use it), with the biography rendered. */
export function modelWorkersLoader(options: ContentClientOptions): ModelWorkersLoader {
  return publishedLoader(options, {
    name: 'union-model-workers',
    noun: 'model workers',
    schema: COLLECTIONS.modelWorkers.schema,
    list: (client) => client.listModelWorkers(),
    idOf: (worker: ModelWorker) => String(worker.id),
    richText: (worker: ModelWorker) => worker.biography,
  });
}

/** Every published innovation studio, keyed by CMS id, with its achievements rendered. */
export function innovationStudiosLoader(options: ContentClientOptions): InnovationStudiosLoader {
  return publishedLoader(options, {
    name: 'union-innovation-studios',
    noun: 'innovation studios',
    schema: COLLECTIONS.innovationStudios.schema,
    list: (client) => client.listInnovationStudios(),
    idOf: (studio: InnovationStudio) => String(studio.id),
    richText: (studio: InnovationStudio) => studio.achievements,
  });
}

/** The Astro commands that need only the collections' types, which come from the loaders' schemas. */
const TYPES_ONLY_COMMANDS = ['check', 'sync'];

/**
 * The loader as it is for `astro build` and `astro dev`, which always load and fail loudly when the
 * CMS is down; for `astro check` and `astro sync`, the same loader (so the same schema and types)
 * loading nothing, so they work without a running CMS (CI type-checks before anything is started).
 */
export function skipLoadWhenTypesOnly<L extends Loader>(loader: L, command: string | undefined = process.argv[2]): L {
  if (!command || !TYPES_ONLY_COMMANDS.includes(command)) return loader;
  return { ...loader, load: async ({ logger }) => logger.info(`types only (astro ${command}): not loading ${loader.name}`) };
}

// The site-settings global is one entry, not a list; its loader has a file of its own.
export { siteSettingsLoader, type SiteSettingsLoader } from './site-settings-loader.ts';
