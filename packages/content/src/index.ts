import { campaignSchema, describeIssues, payloadListSchema, type Campaign } from './schema.ts';
import { siteSettingsSchema, type SiteSettings } from './site-settings.ts';

export * from './schema.ts';
export * from './site-settings.ts';
export {
  collectImageUploads,
  renderRichText,
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
  /** Every published campaign, oldest start first, across all pages of the CMS's answer. */
  listCampaigns(): Promise<Campaign[]>;
  /** One published campaign by slug, or null when none is published under it. */
  getCampaign(slug: string): Promise<Campaign | null>;
  /** The organisation details of the `site-settings` global (public, and not versioned: what is saved is live). */
  getSiteSettings(): Promise<SiteSettings>;
}

const PAGE_SIZE = 100;
/** A guard against a CMS that keeps answering hasNextPage: 10,000 campaigns is far beyond any real year. */
const MAX_PAGES = 100;

/** A typed client of the CMS's REST API that only ever reads published content. */
export function createContentClient(options: ContentClientOptions): ContentClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch;

  function campaignsUrl(params: Record<string, string>): string {
    const query = new URLSearchParams({
      'where[_status][equals]': 'published',
      draft: 'false',
      depth: '1',
      ...params,
    });
    return `${base}/api/campaigns?${query.toString()}`;
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

  async function fetchPage(params: Record<string, string>) {
    const url = campaignsUrl(params);
    const parsed = payloadListSchema.safeParse(await getJson(url));
    if (!parsed.success) {
      throw new Error(`The CMS's answer for ${url} is not a Payload list:\n${describeIssues(parsed.error)}`);
    }
    const campaigns = parsed.data.docs.map((doc, index) => parseCampaign(doc, index, url));
    return { list: parsed.data, campaigns };
  }

  function parseCampaign(doc: unknown, index: number, url: string): Campaign {
    const parsed = campaignSchema.safeParse(doc);
    if (!parsed.success) {
      const slug = typeof doc === 'object' && doc !== null && 'slug' in doc ? ` "${String(doc.slug)}"` : '';
      throw new Error(
        `Campaign${slug} (docs.${index}) from ${url} does not match the shape the sites expect; ` +
          `the CMS's campaigns collection changed or the content client needs updating:\n${describeIssues(parsed.error)}`,
      );
    }
    return withAbsoluteMediaUrls(parsed.data, base);
  }

  return {
    async listCampaigns() {
      const campaigns: Campaign[] = [];
      for (let page = 1; ; page++) {
        if (page > MAX_PAGES) throw new Error(`The CMS kept answering hasNextPage after ${MAX_PAGES} pages of campaigns.`);
        const { list, campaigns: pageCampaigns } = await fetchPage({
          limit: String(PAGE_SIZE),
          sort: 'startsAt',
          page: String(page),
        });
        if (list.page !== page) throw new Error(`The CMS answered page ${list.page} when asked for page ${page} of campaigns.`);
        campaigns.push(...pageCampaigns);
        if (!list.hasNextPage) return campaigns;
      }
    },

    async getCampaign(slug) {
      const { campaigns } = await fetchPage({ 'where[slug][equals]': slug, limit: '1' });
      return campaigns[0] ?? null;
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

function withAbsoluteMediaUrls(campaign: Campaign, base: string): Campaign {
  const cover = campaign.cover && {
    ...campaign.cover,
    url: absoluteUrl(campaign.cover.url, base),
    sizes: Object.fromEntries(
      Object.entries(campaign.cover.sizes).map(([name, size]) => [name, size && { ...size, url: absoluteUrl(size.url, base) }]),
    ) as typeof campaign.cover.sizes,
  };
  const body = campaign.body && (resolveUploadUrls(campaign.body, base) as Campaign['body']);
  return { ...campaign, cover, body };
}

/** Copies a Lexical tree, making the URLs of populated upload nodes absolute. */
function resolveUploadUrls(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((child) => resolveUploadUrls(child, base));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = resolveUploadUrls(value, base);
  if (copy.type === 'upload' && isRecord(copy.value)) {
    const value = { ...copy.value };
    if (typeof value.url === 'string') value.url = absoluteUrl(value.url, base);
    if (isRecord(value.sizes)) {
      value.sizes = Object.fromEntries(
        Object.entries(value.sizes).map(([name, size]) => [
          name,
          isRecord(size) && typeof size.url === 'string' ? { ...size, url: absoluteUrl(size.url, base) } : size,
        ]),
      );
    }
    copy.value = value;
  }
  return copy;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
