import { sitesReading } from '@union/publisher';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload';
import { tookDown } from '../collections/hooks/liveRow.ts';
import { labelText } from '../display.ts';
import { requestSiteBuilds, type ContentChange } from './requestSiteBuilds.ts';
import { sitePublishingOf } from './settings.ts';

type StatusDoc = Record<string, unknown> & { id: number | string; _status?: 'draft' | 'published' | null };

function changeOf(collection: CollectionConfig, doc: StatusDoc): ContentChange {
  const titleField = collection.admin?.useAsTitle;
  const title = titleField ? doc[titleField] : undefined;
  return {
    collection: collection.slug,
    label: labelText(collection.labels?.singular, collection.slug),
    id: String(doc.id),
    title: typeof title === 'string' ? title : null,
    at: new Date().toISOString(),
  };
}

const shouldTrack = (req: PayloadRequest, slug: string) => Boolean(sitePublishingOf(req.payload)) && sitesReading(slug).length > 0;

/**
 * Asks for a rebuild of the sites that show this collection when what the public sees changed:
 * a publish, an edit published, an unpublish; for collections without drafts (media), any update.
 * Runs in the write's transaction, so a rolled-back write asks for nothing.
 */
export const scheduleSiteBuild: CollectionAfterChangeHook<StatusDoc> = async ({ collection, doc, operation, req }) => {
  if (!shouldTrack(req, collection.slug)) return doc;
  let publicChange: boolean;
  if (!collection.versions?.drafts) {
    publicChange = operation === 'update';
  } else if (doc._status === 'published') {
    publicChange = true;
  } else {
    // A draft saved over a live document changes nothing public; an unpublish does.
    publicChange = await tookDown(req, collection.slug as CollectionSlug, doc.id);
  }
  if (publicChange) await requestSiteBuilds(req, { sites: sitesReading(collection.slug), trigger: 'content', change: changeOf(collection, doc) });
  return doc;
};

/** A deleted document that was public comes off the sites. */
export const scheduleSiteBuildOnDelete: CollectionAfterDeleteHook<StatusDoc> = async ({ collection, doc, req }) => {
  if (!shouldTrack(req, collection.slug)) return doc;
  if (collection.versions?.drafts && doc._status !== 'published') return doc;
  await requestSiteBuilds(req, { sites: sitesReading(collection.slug), trigger: 'content', change: changeOf(collection, doc) });
  return doc;
};

/** Globals (site settings) show on every page of the sites that read them. */
export const scheduleSiteBuildForGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  if (!shouldTrack(req, global.slug)) return doc;
  await requestSiteBuilds(req, {
    sites: sitesReading(global.slug),
    trigger: 'content',
    change: { collection: global.slug, label: labelText(global.label, global.slug), id: global.slug, title: null, at: new Date().toISOString() },
  });
  return doc;
};

/** Adds the site build hooks to a collection that the sites show. */
export function withSitePublishing(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), scheduleSiteBuild],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), scheduleSiteBuildOnDelete],
    },
  };
}
