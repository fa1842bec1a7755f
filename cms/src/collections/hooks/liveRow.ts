import type { CollectionSlug, PayloadRequest } from 'payload';

/** The main row of a drafted document: the version the public sees. */
export type LiveRow = Record<string, unknown> & { id: number | string; _status?: 'draft' | 'published' | null };

const LIVE_ROWS = 'liveRowsBeforeChange';
const keyOf = (collection: string, id: number | string) => `${collection}:${id}`;
const noted = (req: PayloadRequest) => ((req.context[LIVE_ROWS] as Record<string, LiveRow | null> | undefined) ??= {});

/**
 * The published main row of a document, or null when it is not live. A draft saved over a
 * published document goes to the versions table only, so the main row tells whether (and as what,
 * e.g. under which slug) the document is live.
 */
export async function liveRow(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<LiveRow | null> {
  const row = (await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as LiveRow | null;
  return row?._status === 'published' ? row : null;
}

/**
 * Notes, before an update is written, the document's live row, once for every hook after the
 * write that must tell an unpublish from a draft saved over a live document (the publish guard,
 * the rules sync, the site builds): both look alike to hooks before the write. Called by the
 * publish guard's before-change hook, which every drafted collection runs first.
 */
export async function noteLiveRow(req: PayloadRequest, collection: string, id: number | string): Promise<void> {
  noted(req)[keyOf(collection, id)] = await liveRow(req, collection as CollectionSlug, id);
}

/** The live row noted before this update, or null when the document was not live. */
export function liveRowBefore(req: PayloadRequest, collection: string, id: number | string): LiveRow | null {
  return noted(req)[keyOf(collection, id)] ?? null;
}

/** Whether this update took a live document down (an unpublish), judged after the write. */
export async function tookDown(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<boolean> {
  return liveRowBefore(req, collection, id) !== null && (await liveRow(req, collection, id)) === null;
}
