/** An image to show when a page is shared: a PNG or JPEG of at least 300×300 for WeChat's thumbnail. */
export interface ShareImage {
  /** Absolute, or a path on the site (made absolute with the page's URL). */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export type OgType = 'website' | 'article' | 'profile';

export interface ShareMetaInput {
  /** The page's title as people should see it in a share card (without the site name). */
  title: string;
  description: string;
  /** The page's absolute URL. */
  url: string;
  siteName: string;
  type?: OgType;
  image?: ShareImage | null;
  /** WeChat's square thumbnail (e.g. 500×500), when it differs from the Open Graph image; defaults to `image`. */
  thumbnail?: ShareImage | null;
}

/** One `<meta>` element: exactly one of property (Open Graph), name or itemprop (microdata), with its content. */
export type MetaTag = { property: string; content: string } | { name: string; content: string } | { itemprop: string; content: string };

/**
 * The share metadata of a page: Open Graph for most apps, `twitter:card`, and the
 * `itemprop` name/description/image that WeChat's in-app browser reads for its share card
 * (it ignores Open Graph). Every URL is absolute, as the crawlers fetch them from elsewhere.
 */
export function buildShareMeta(input: ShareMetaInput): MetaTag[] {
  const url = new URL(input.url).toString();
  const image = input.image ? { ...input.image, url: new URL(input.image.url, url).toString() } : null;
  const thumbnail = input.thumbnail ? new URL(input.thumbnail.url, url).toString() : image?.url;
  const tags: MetaTag[] = [
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:type', content: input.type ?? 'website' },
    { property: 'og:url', content: url },
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:locale', content: 'zh_CN' },
  ];
  if (image) {
    tags.push(
      { property: 'og:image', content: image.url },
      { property: 'og:image:width', content: String(Math.round(image.width)) },
      { property: 'og:image:height', content: String(Math.round(image.height)) },
      { property: 'og:image:alt', content: image.alt || input.title },
    );
  }
  tags.push({ name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' });
  tags.push({ itemprop: 'name', content: input.title }, { itemprop: 'description', content: input.description });
  if (thumbnail) tags.push({ itemprop: 'image', content: thumbnail });
  return tags;
}

/** The document title: the page's own, then the site's name; the home page may have a title of its own. */
export function documentTitle(title: string | undefined, siteName: string, homeTitle?: string): string {
  return title ? `${title} · ${siteName}` : (homeTitle ?? siteName);
}
