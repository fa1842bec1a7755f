import { sitesReading } from '@union/publisher';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload';
import { requestSiteBuilds, type ContentChange } from './requestSiteBuilds.ts';
import { sitePublishingOf } from './settings.ts';

type StatusDoc = Record<string, unknown> & { id: number | string; _status?: 'draft' | 'published' | null };

const LIVE_BEFORE = 'siteBuildLiveBefore';

function labelOf(label: unknown, fallback: string): string {
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object' && 'zh' in label && typeof label.zh === 'string') return label.zh;
  return fallback;
}

function changeOf(collection: CollectionConfig, doc: StatusDoc): ContentChange {
  const titleField = collection.admin?.useAsTitle;
  const title = titleField ? doc[titleField] : undefined;
  return {
    collection: collection.slug,
    label: labelOf(collection.labels?.singular, collection.slug),
    id: String(doc.id),
    title: typeof title === 'string' ? title : null,
    at: new Date().toISOString(),
  };
}

/** The main row is the live one: a draft saved over a published document only adds a version. */
async function isLive(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  const row = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as StatusDoc | null;
  return row?._status === 'published';
}

function liveBefore(req: PayloadRequest): Record<string, boolean> {
  return ((req.context[LIVE_BEFORE] as Record<string, boolean> | undefined) ??= {});
}

const shouldTrack = (req: PayloadRequest, slug: string) => Boolean(sitePublishingOf(req.payload)) && sitesReading(slug).length > 0;

/**
 * Notes whether a drafted document is live before an update, so the hook after it can tell an
 * unpublish (which changes the sites) from a draft saved over a live document (which does not).
 */
export const noteLiveBeforeChange: CollectionBeforeChangeHook<StatusDoc> = async ({ collection, data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc && collection.versions?.drafts && shouldTrack(req, collection.slug)) {
    liveBefore(req)[`${collection.slug}:${originalDoc.id}`] = await isLive(req, collection.slug, originalDoc.id);
  }
  return data;
};

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
    const key = `${collection.slug}:${doc.id}`;
    const wasLive = liveBefore(req)[key] ?? false;
    delete liveBefore(req)[key];
    publicChange = wasLive && !(await isLive(req, collection.slug, doc.id));
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
    change: { collection: global.slug, label: labelOf(global.label, global.slug), id: global.slug, title: null, at: new Date().toISOString() },
  });
  return doc;
};

/** Adds the site build hooks to a collection that the sites show. */
export function withSitePublishing(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), noteLiveBeforeChange],
      afterChange: [...(collection.hooks?.afterChange ?? []), scheduleSiteBuild],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), scheduleSiteBuildOnDelete],
    },
  };
}
