import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload';
import { SLUGS } from '../../../slugs.ts';
import {
  putCampaignRules,
  removeCampaignRules,
  RulesSyncError,
  rulesSyncSettings,
  UNPUBLISH_SYNC_FAILED,
  type CampaignRulesSource,
} from './rulesApi.ts';

type CampaignDoc = CampaignRulesSource & { id: number | string; _status?: 'draft' | 'published' | null };

const LIVE_SLUGS = 'liveCampaignSlugs';

/**
 * The main row of a campaign holds its published state: draft saves go to the versions table
 * only. So the main row tells whether, and under which slug, the API holds a snapshot.
 */
async function liveSlugOf(req: PayloadRequest, id: number | string): Promise<string | null> {
  const row = (await req.payload.db.findOne({
    collection: SLUGS.campaigns,
    where: { id: { equals: id } },
    req,
  })) as Partial<CampaignDoc> | null;
  return row?._status === 'published' && row.slug ? row.slug : null;
}

/** Notes, before an update is written, the slug under which the campaign is live (if it is). */
export const rememberLiveSlug: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || !originalDoc?.id || !rulesSyncSettings(req.payload).url) return data;
  const slugs = ((req.context[LIVE_SLUGS] as Record<string, string | null> | undefined) ??= {});
  slugs[String(originalDoc.id)] = await liveSlugOf(req, originalDoc.id);
  return data;
};

/**
 * Keeps the participation API's copy of a campaign's rules in step with what is published.
 * Runs inside the database transaction: when the API cannot be reached the error rolls the
 * publish back and the editor sees why, instead of the site and the API disagreeing.
 */
export const pushCampaignRules: CollectionAfterChangeHook<CampaignDoc> = async ({ doc, req }) => {
  if (!rulesSyncSettings(req.payload).url) return doc;
  const wasLive = (req.context[LIVE_SLUGS] as Record<string, string | null> | undefined)?.[String(doc.id)] ?? null;

  if (doc._status === 'published') {
    await putCampaignRules(req.payload, doc);
    if (wasLive && wasLive !== doc.slug) await removeCampaignRules(req.payload, wasLive);
    return doc;
  }

  // A draft save leaves the published row alone; an unpublish turns it into a draft.
  if (wasLive && (await liveSlugOf(req, doc.id)) === null) {
    await removeCampaignRules(req.payload, wasLive, UNPUBLISH_SYNC_FAILED);
  }
  return doc;
};

/** Deleting a published campaign removes its rules, so it takes no more registrations. */
export const deleteCampaignRules: CollectionAfterDeleteHook<CampaignDoc> = async ({ doc, req }) => {
  if (doc?._status === 'published' && doc.slug) await removeCampaignRules(req.payload, doc.slug);
  return doc;
};

/**
 * Pushes every published campaign, so an API whose table was emptied (a fresh DynamoDB Local)
 * catches up without editors republishing. Returns how many snapshots the API accepted.
 */
export async function syncAllCampaignRules(payload: Payload): Promise<number> {
  if (!rulesSyncSettings(payload).url) return 0;
  const { docs } = await payload.find({
    collection: SLUGS.campaigns,
    where: { _status: { equals: 'published' } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  let pushed = 0;
  for (const doc of docs as unknown as CampaignDoc[]) {
    try {
      await putCampaignRules(payload, doc);
      pushed += 1;
    } catch (err) {
      // 409 STALE_RULES: the API already holds a newer snapshot (say, from a publish whose
      // database write was then rolled back); catching up must not undo it, nor stop the others.
      if (err instanceof RulesSyncError && err.data.upstreamStatus === 409) {
        payload.logger.warn({ msg: 'Participation API holds newer rules; left as they are', slug: doc.slug });
        continue;
      }
      throw err;
    }
  }
  return pushed;
}
