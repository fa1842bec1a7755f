import type { ModelWorker, SiteSettings } from '@union/content';
import { SITE } from '../site.ts';
import { honorSummary, monogram } from './profile.ts';
import { fetchPortrait, findCjkFont, renderShareImage, type ShareCard, type ShareLayout } from './share-image.ts';

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
const portraits = new Map<string, Promise<Uint8Array>>();

/** A profile's share image as PNG, for the build's static endpoints; the font is looked up and each portrait downloaded once per build. */
export async function profileShareImage(worker: ModelWorker, settings: Pick<SiteSettings, 'organisationName'>, layout: ShareLayout): Promise<Buffer> {
  font ??= findCjkFont();
  const url = sharePortraitUrl(worker);
  if (url && !portraits.has(url)) portraits.set(url, fetchPortrait(url));
  const portrait = url ? await portraits.get(url)! : null;
  return renderShareImage(shareCardOf(worker, settings), layout, { fontFamily: await font, portrait });
}
