import type * as z from 'zod';
import { COLLECTIONS, type PublishedCollection } from './collections.ts';
import { describeIssues, payloadListSchema, type Campaign, type InnovationStudio, type ModelWorker } from './schema.ts';
import { siteSettingsSchema, type SiteSettings } from './site-settings.ts';

export * from './schema.ts';
export * from './site-settings.ts';
export { COLLECTIONS, type PublishedCollection } from './collections.ts';
export {
  collectImageUploads,
  renderRichText,
  richTextToPlainText,
  safeHref,
  type RenderRichTextOptions,
  type RichTextImage,
  type UploadValue,
} from './rich-text.ts';

export interface ContentClientOptions {
  /** Origin (and optional path prefix) of the CMS, e.g. http://localhost:3000. */
  baseUrl: string;
  /** Injected for tests and non-Node runtimes; defaults to the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export interface ContentClient {
  /** Every published document of a collection, in the collection's order, across all pages of the CMS's answer. */
  listPublished<S extends z.ZodType>(collection: PublishedCollection<S>): Promise<z.output<S>[]>;
  /** Every published campaign, oldest start first, across all pages of the CMS's answer. */
  listCampaigns(): Promise<Campaign[]>;
  /** One published campaign by slug, or null when none is published under it. */
  getCampaign(slug: string): Promise<Campaign | null>;
  /** Every published model worker, in the order they were created. */
  listModelWorkers(): Promise<ModelWorker[]>;
  /** Every published innovation studio, in the order they were created; a lead that is not published is null. */
  listInnovationStudios(): Promise<InnovationStudio[]>;
  /** The organisation details of the `site-settings` global (public, and not versioned: what is saved is live). */
  getSiteSettings(): Promise<SiteSettings>;
}

const PAGE_SIZE = 100;
/** A guard against a CMS that keeps answering hasNextPage: 10,000 documents of one kind is far beyond any real year. */
const MAX_PAGES = 100;

/** A typed client of the CMS's REST API that only ever reads published content. */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;

  function collectionUrl(slug: string, params: Record<string, string>): string {
    const query = new URLSearchParams({
      'where[_status][equals]': 'published',
      draft: 'false',
      depth: '1',
      ...params,
    });
    return `${base}/api/${slug}?${query.toString()}`;
  }

  async function getJson(url: string): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(url, { headers: { accept: 'application/json' } });
    } catch (cause) {
      throw new Error(
        `Could not reach the CMS at ${url} (${errorText(cause)}). The CMS must be running: \`npm start\` starts it, or set CMS_URL.`,
        { cause },
      );
    }
    if (!response.ok) {
      const body = (await response.text().catch(() => '')).slice(0, 300);
      throw new Error(
        `The CMS answered ${response.status} ${response.statusText} for ${url}${body ? `: ${body}` : ''}. The CMS must be running and up to date: \`npm start\` starts it.`,
      );
    }
    try {
      return await response.json();
    } catch (cause) {
      throw new Error(`The CMS answered ${url} with a body that is not JSON (${errorText(cause)}).`, { cause });
    }
  }

  async function fetchPage<S extends z.ZodType>(collection: PublishedCollection<S>, params: Record<string, string>) {
    const url = collectionUrl(collection.slug, params);
    const parsed = payloadListSchema.safeParse(await getJson(url));
    if (!parsed.success) {
      throw new Error(`The CMS's answer for ${url} is not a Payload list:\n${describeIssues(parsed.error)}`);
    }
    const docs = parsed.data.docs.map((doc, index) => parseDoc(collection, doc, index, url));
    return { list: parsed.data, docs };
  }

  function parseDoc<S extends z.ZodType>(collection: PublishedCollection<S>, doc: unknown, index: number, url: string): z.output<S> {
    const parsed = collection.schema.safeParse(absoluteUploadUrls(doc, base));
    if (!parsed.success) {
      const key = isRecord(doc) && collection.keyField in doc ? ` "${String(doc[collection.keyField])}"` : '';
      throw new Error(
        `${collection.label}${key} (docs.${index}) from ${url} does not match the shape the sites expect; ` +
          `the CMS's ${collection.slug} collection changed or the content client needs updating:\n${describeIssues(parsed.error)}`,
      );
    }
    return parsed.data;
  }

  async function listPublished<S extends z.ZodType>(collection: PublishedCollection<S>): Promise<z.output<S>[]> {
    const docs: z.output<S>[] = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new Error(`The CMS kept answering hasNextPage after ${MAX_PAGES} pages of ${collection.slug}.`);
      const { list, docs: pageDocs } = await fetchPage(collection, {
        limit: String(PAGE_SIZE),
        sort: collection.sort,
        page: String(page),
      });
      if (list.page !== page) throw new Error(`The CMS answered page ${list.page} when asked for page ${page} of ${collection.slug}.`);
      docs.push(...pageDocs);
      if (!list.hasNextPage) return docs;
    }
  }

  return {
    listPublished,
    listCampaigns: () => listPublished(COLLECTIONS.campaigns),
    listModelWorkers: () => listPublished(COLLECTIONS.modelWorkers),
    listInnovationStudios: () => listPublished(COLLECTIONS.innovationStudios),

    async getCampaign(slug) {
      const { docs } = await fetchPage(COLLECTIONS.campaigns, { 'where[slug][equals]': slug, limit: '1' });
      return docs[0] ?? null;
    },

    async getSiteSettings() {
      const url = `${base}/api/globals/site-settings?depth=0`;
      const parsed = siteSettingsSchema.safeParse(await getJson(url));
      if (!parsed.success) {
        throw new Error(`The CMS's answer for ${url} does not match the site settings the sites expect:\n${describeIssues(parsed.error)}`);
      }
      return parsed.data;
    },
  };
}

function errorText(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}

/** Payload serves media URLs relative to itself (`/api/media/file/...`); sites fetch them at build time, so they must be absolute. */
export function absoluteUrl(url: string, baseUrl: string): string {
  return new URL(url, `${baseUrl.replace(/\/+$/, '')}/`).toString();
}

/**
 * Copies a REST answer, making the URLs of every upload document in it absolute: covers and
 * portraits, their generated sizes, and the populated values of rich-text upload nodes. An upload
 * document (or size) is an object with a `url` beside `filename` or `mimeType`; a rich-text link's
 * `url` has neither and is left as the editor wrote it.
 */
export function absoluteUploadUrls(node: unknown, baseUrl: string): unknown {
  if (Array.isArray(node)) return node.map((child) => absoluteUploadUrls(child, baseUrl));
  if (!isRecord(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = absoluteUploadUrls(value, baseUrl);
  if ('filename' in copy || 'mimeType' in copy) {
    for (const key of ['url', 'thumbnailURL']) {
      const value = copy[key];
      if (typeof value === 'string' && value !== '') copy[key] = absoluteUrl(value, baseUrl);
    }
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
