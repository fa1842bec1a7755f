import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload, PayloadRequest } from 'payload';
import { SLUGS } from '../../../slugs.ts';
import { liveRowBefore, tookDown } from '../../hooks/liveRow.ts';
import {
  putCampaignRules,
  removeCampaignRules,
  RulesSyncError,
  rulesSyncSettings,
  UNPUBLISH_SYNC_FAILED,
  type CampaignRulesSource,
} from './rulesApi.ts';

type CampaignDoc = CampaignRulesSource & { id: number | string; _status?: 'draft' | 'published' | null };

/**
 * Keeps the participation API's copy of a campaign's rules in step with what is published.
 * Runs inside the database transaction: when the API cannot be reached the error rolls the
 * publish back and the editor sees why, instead of the site and the API disagreeing.
 */
export const pushCampaignRules: CollectionAfterChangeHook<CampaignDoc> = async ({ doc, req }) => {
  if (!rulesSyncSettings(req.payload).url) return doc;
  // The slug the API holds the campaign under, if it was live before this write.
  const liveBefore = liveRowBefore(req, SLUGS.campaigns, doc.id);
  const wasLive = typeof liveBefore?.slug === 'string' && liveBefore.slug ? liveBefore.slug : null;

  if (doc._status === 'published') {
    await putCampaignRules(req.payload, doc, undefined, req);
    if (wasLive && wasLive !== doc.slug) await removeCampaignRules(req.payload, wasLive);
    return doc;
  }

  // A draft save leaves the published row alone; an unpublish turns it into a draft.
  if (wasLive && (await tookDown(req, SLUGS.campaigns, doc.id))) {
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

/** The API holds newer rules than the campaign the CMS has published: only publishing it again sets the API straight. */
export const staleRulesMessage = (title: string) => `报名服务中活动“${title}”的规则比后台已发布的版本新，请先重新发布该活动，再重试本次操作`;

/**
 * Pushes again every published campaign with a round of every published model worker, so the list the
 * API checks likes against follows the model workers. Runs inside the caller's transaction: the list
 * is read as that transaction sees it, and a failed push throws (with `message`) to roll it back, as a
 * campaign publish does. Returns how many campaigns were pushed.
 */
export async function pushAllModelWorkerRounds(req: PayloadRequest, message: string): Promise<number> {
  if (!rulesSyncSettings(req.payload).url) return 0;
  const { docs } = await req.payload.find({
    collection: SLUGS.campaigns,
    where: { and: [{ _status: { equals: 'published' } }, { 'voting.rounds.candidateSource': { equals: 'all-model-workers' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  });
  for (const doc of docs as unknown as CampaignDoc[]) {
    try {
      await putCampaignRules(req.payload, doc, message, req);
    } catch (err) {
      if (err instanceof RulesSyncError && err.data.upstreamStatus === 409) throw new RulesSyncError(staleRulesMessage(doc.title), doc.slug, 409);
      throw err;
    }
  }
  return docs.length;
}
