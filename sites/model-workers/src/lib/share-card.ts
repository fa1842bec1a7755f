import { join } from 'node:path';
import type { ModelWorker, SiteSettings } from '@union/content';
import { SITE } from '../site.ts';
import { honorSummary, monogram } from './profile.ts';
import {
  fetchPortrait,
  findCjkFont,
  PORTRAIT_SIZES,
  portraitDataUrl,
  shareImageSvg,
  svgToPngCached,
  type ShareCard,
  type ShareLayout,
} from './share-image.ts';

/** What a profile's share image says: the name, up to three honors, the employer, and whose site it is. */
export function shareCardOf(worker: ModelWorker, settings: Pick<SiteSettings, 'organisationName'>): ShareCard {
  return {
    name: worker.name,
    honors: honorSummary(worker, 3),
    employer: worker.employer,
    monogram: monogram(worker.name),
    siteName: SITE.name,
    organisation: settings.organisationName,
  };
}

/** The portrait file a share image is drawn from: the 400×400 thumbnail when Payload made one, else the original. */
export function sharePortraitUrl(worker: Pick<ModelWorker, 'portrait'>): string | null {
  return worker.portrait ? (worker.portrait.sizes.thumbnail?.url ?? worker.portrait.url) : null;
}

let font: Promise<string> | undefined;
const portraits = new Map<string, Promise<string>>();
// Astro's own cache folder of the site being built (builds run in the site's folder), so a cold
// build (the cache removed) draws everything again, like Astro's optimised images.
const CACHE_DIR = join(process.cwd(), 'node_modules', '.astro', 'union-share-images');

/**
 * A profile's share image as PNG, for the build's static endpoints: the font is looked up, each
 * portrait downloaded and scaled once per build, and images drawn by an earlier build are reused.
 */
export async function profileShareImage(worker: ModelWorker, settings: Pick<SiteSettings, 'organisationName'>, layout: ShareLayout): Promise<Buffer> {
  font ??= findCjkFont();
  const url = sharePortraitUrl(worker);
  let portrait: string | null = null;
  if (url) {
    const key = `${layout} ${url}`;
    if (!portraits.has(key)) portraits.set(key, fetchPortrait(url).then((image) => portraitDataUrl(image, PORTRAIT_SIZES[layout])));
    portrait = await portraits.get(key)!;
  }
  return svgToPngCached(shareImageSvg(shareCardOf(worker, settings), layout, await font, portrait), CACHE_DIR);
}
