// Every URL of the microsite, in one place, so pages, the sitemap, share metadata, QR codes and
// the search index agree. Paths carry the site's base (`/model-workers/`) and end in `/`.
//
// Lists follow the design system's pagination (page 1 is the list's path, page n is `<path>n/`):
// /workers/ is every model worker, /workers/2/ its second page; a single filter is
// /workers/<facet>/<value>/ (and /2/ …), e.g. /workers/level/national/, /workers/year/2018/,
// /workers/industry/manufacturing/, /workers/district/wuzhong/. Profiles live apart, at
// /profiles/<id>/, so a page number can never be mistaken for a CMS id.

export type FacetKey = 'level' | 'year' | 'industry' | 'district';

/** One facet value a list is narrowed to: `{ facet: 'year', value: '2018' }`. */
export interface Filter {
  facet: FacetKey;
  value: string;
}

export interface Routes {
  /** The site's home. */
  home(): string;
  /** A page of the model-worker list, optionally narrowed to one facet value; page 1 is the `baseHref` of the design system's Pagination. */
  workers(filter?: Filter | null, page?: number): string;
  /** A model worker's profile. */
  worker(id: number | string): string;
  /** The generated share image of a profile: 1200×630 for Open Graph, 500×500 for WeChat's square thumbnail. */
  shareImage(id: number | string, format: 'og' | 'square'): string;
  /** The QR code (SVG) of a profile's absolute URL, for posters. */
  qrCode(id: number | string): string;
  studios(): string;
  studio(id: number | string): string;
  /** The 苏州时代工匠 page. */
  craftsmen(): string;
  search(): string;
  /** The folder of the search index files (manifest.json and its shards). */
  searchIndex(): string;
  sitemap(): string;
  robots(): string;
}

/** The microsite's routes under `base` (Astro's `import.meta.env.BASE_URL`). */
export function createRoutes(base: string): Routes {
  const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const path = (...segments: (string | number)[]) => `${root}${segments.map((s) => `${encodeURIComponent(String(s))}/`).join('')}`;
  return {
    home: () => root,
    workers: (filter, page = 1) => path('workers', ...(filterParam(filter, page)?.split('/') ?? [])),
    worker: (id) => path('profiles', id),
    shareImage: (id, format) => `${path('profiles', id)}${format === 'og' ? 'share.png' : 'share-square.png'}`,
    qrCode: (id) => `${path('profiles', id)}qr.svg`,
    studios: () => path('studios'),
    studio: (id) => path('studios', id),
    craftsmen: () => path('craftsmen'),
    search: () => path('search'),
    searchIndex: () => path('search-index'),
    sitemap: () => `${root}sitemap.xml`,
    robots: () => `${root}robots.txt`,
  };
}

/**
 * The rest parameter of `src/pages/workers/[...filter].astro` for a list page: undefined for the
 * first page of everyone, `2`, `level/national`, `level/national/2`.
 */
export function filterParam(filter: Filter | null | undefined, page = 1): string | undefined {
  const segments = filter ? [filter.facet, filter.value] : [];
  if (page > 1) segments.push(String(page));
  return segments.length ? segments.join('/') : undefined;
}

/** A path of this site as an absolute URL on the public origin, for canonical links, share tags, the sitemap and QR codes. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}
