import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';
import { SLUGS } from '../../../slugs.ts';
import { pushAllModelWorkerRounds } from '../../Campaigns/hooks/pushCampaignRules.ts';
import { liveRowBefore, tookDown } from '../../hooks/liveRow.ts';

export const LIKE_CANDIDATES_SYNC_FAILED = '保存失败：无法把劳模名单同步到报名服务的点赞投票，请稍后重试';
export const LIKE_CANDIDATES_DELETE_SYNC_FAILED = '删除失败：无法把劳模名单同步到报名服务的点赞投票，请稍后重试';

type WorkerDoc = { id: number | string; name?: string | null; _status?: 'draft' | 'published' | null };

/** Whether a write changes who the public may like, or under which name: a publish, a rename made public, an unpublish. */
async function changesPublicList(req: PayloadRequest, doc: WorkerDoc, operation: 'create' | 'update'): Promise<boolean> {
  if (operation === 'create') return doc._status === 'published';
  const before = liveRowBefore(req, SLUGS.modelWorkers, doc.id);
  if (doc._status === 'published') return before === null || before.name !== doc.name;
  // A draft saved over a live worker changes nothing public; an unpublish does.
  return before !== null && (await tookDown(req, SLUGS.modelWorkers, doc.id));
}

/**
 * Keeps the like rounds (every published model worker) of published campaigns in step with the
 * workers: their snapshots are pushed again inside this write's transaction, so when the API cannot
 * take them the write rolls back and the editor sees why.
 */
export const syncLikeCandidates: CollectionAfterChangeHook<WorkerDoc> = async ({ doc, operation, req }) => {
  if (await changesPublicList(req, doc, operation)) await pushAllModelWorkerRounds(req, LIKE_CANDIDATES_SYNC_FAILED);
  return doc;
};

/** A deleted worker that was public comes off the like rounds. */
export const syncLikeCandidatesOnDelete: CollectionAfterDeleteHook<WorkerDoc> = async ({ doc, req }) => {
  if (doc?._status === 'published') await pushAllModelWorkerRounds(req, LIKE_CANDIDATES_DELETE_SYNC_FAILED);
  return doc;
};
