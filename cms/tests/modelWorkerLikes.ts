import { randomBytes } from 'node:crypto';
import { campaignRulesSchema, type VotingRound } from '@union/schemas';
import { APIError, type Payload } from 'payload';
import { describe, expect, it } from 'vitest';
import { staleRulesMessage } from '../src/collections/Campaigns/hooks/pushCampaignRules.ts';
import { LIKE_CANDIDATES_DELETE_SYNC_FAILED, LIKE_CANDIDATES_SYNC_FAILED } from '../src/collections/ModelWorkers/hooks/syncLikeCandidates.ts';
import type { Campaign, User } from '../src/payload-types.ts';
import * as fixtures from './contentFixtures.ts';
import type { RulesApiDouble } from './rulesApiDouble.ts';

interface LikesContext {
  payload: Payload;
  rulesApi: RulesApiDouble;
  users: Record<'admin' | 'editor' | 'reviewer' | 'viewer', User>;
}

/**
 * Likes (点赞) as votes: a campaign round whose candidates are every published model worker, kept in
 * step with the workers by pushing the campaign's rules again whenever the public list changes.
 */
export function modelWorkerLikes(context: () => LikesContext) {
  describe('likes: a round of every published model worker', () => {
    const as = (role: keyof LikesContext['users']) => ({ user: context().users[role], overrideAccess: false }) as const;
    const anonymously = { overrideAccess: false } as const;

    const likeRound = { name: '劳模点赞', opensAt: '2019-04-01T00:00:00.000Z', closesAt: '2020-04-01T00:00:00.000Z', candidateSource: 'all-model-workers' as const };

    function likeCampaignData(rounds: unknown[] = [likeRound]) {
      return {
        title: '劳模风采',
        slug: `likes-${randomBytes(4).toString('hex')}`,
        kind: 'model-workers' as const,
        startsAt: '2019-04-01T00:00:00.000Z',
        registration: { enabled: false },
        voting: { enabled: true, perParticipantPerDay: 50, perCandidatePerDay: 1, rounds } as never,
      };
    }

    /**
     * Runs `test` with a published campaign that has a like round, then deletes the campaign: while it is
     * published, every model worker publish anywhere in the suite would push it again.
     */
    async function withLikeCampaign(test: (campaign: Campaign) => Promise<void>, rounds?: unknown[]) {
      const { payload, rulesApi } = context();
      const campaign = await payload.create({ collection: 'campaigns', data: { ...likeCampaignData(rounds), _status: 'published' }, ...as('admin') });
      try {
        await test(campaign);
      } finally {
        rulesApi.reset();
        await payload.delete({ collection: 'campaigns', id: campaign.id, overrideAccess: true });
      }
    }

    const publishWorker = (data: Record<string, unknown> = {}) =>
      context().payload.create({ collection: 'model-workers', data: { ...fixtures.modelWorkerData(), ...data, _status: 'published' }, ...as('admin') });

    /** The rounds of the snapshots pushed for `slug`, oldest first. */
    const pushedRounds = (slug: string): VotingRound[][] =>
      context()
        .rulesApi.requests.filter((r) => r.method === 'PUT' && r.path === `/v1/internal/campaigns/${slug}`)
        .map((r) => campaignRulesSchema.parse(r.body).voting?.rounds ?? []);
    const likeIds = (rounds: VotingRound[] | undefined) => rounds?.[0]?.candidates.map((c) => c.id) ?? [];

    it('publishes a like round without picking anyone, and sends the API every published model worker by name', async () => {
      const { payload, rulesApi } = context();
      const published = await publishWorker();
      const draft = await payload.create({ collection: 'model-workers', data: fixtures.modelWorkerData(), draft: true, ...as('editor') });
      rulesApi.reset();

      // A list picked before switching the round to every worker is dropped, not kept beside it.
      const picked = [{ relationTo: 'model-workers', value: draft.id }];
      await withLikeCampaign(async (campaign) => {
        const [round] = pushedRounds(campaign.slug)[0] ?? [];
        const everyone = await payload.find({ collection: 'model-workers', where: { _status: { equals: 'published' } }, pagination: false, sort: 'id', ...anonymously });
        expect(round).toMatchObject({ name: '劳模点赞', candidateSource: 'all-model-workers' });
        expect(round?.candidates).toEqual(everyone.docs.map((w) => ({ id: `model-workers-${w.id}`, name: w.name })));
        expect(round?.candidates).toContainEqual({ id: `model-workers-${published.id}`, name: published.name });
        expect(likeIds([round!])).not.toContain(`model-workers-${draft.id}`);

        // The sites read the source, and no list, from the REST answer.
        const read = await payload.findByID({ collection: 'campaigns', id: campaign.id, ...anonymously });
        expect(read.voting?.rounds?.[0]).toMatchObject({ candidateSource: 'all-model-workers', candidates: [] });
      }, [{ ...likeRound, candidates: picked }]);
    });

    it('pushes the like rounds again when a worker is published, renamed, unpublished or deleted, and not for a draft edit', async () => {
      const { payload, rulesApi } = context();
      await withLikeCampaign(async ({ slug }) => {
        rulesApi.reset();
        const worker = await publishWorker();
        const id = `model-workers-${worker.id}`;
        expect(pushedRounds(slug).map(likeIds)).toEqual([expect.arrayContaining([id])]);

        rulesApi.reset();
        await payload.update({ collection: 'model-workers', id: worker.id, data: { name: '改名的草稿' }, draft: true, ...as('editor') });
        await payload.update({ collection: 'model-workers', id: worker.id, data: { quote: '新的寄语', _status: 'published' }, ...as('reviewer') });
        // Only the name and whether a worker is public matter to the list; the draft's name went live with the second save.
        expect(pushedRounds(slug).map((rounds) => rounds[0]?.candidates.find((c) => c.id === id)?.name)).toEqual(['改名的草稿']);

        rulesApi.reset();
        await payload.update({ collection: 'model-workers', id: worker.id, data: { quote: '只改寄语' }, ...as('reviewer') });
        expect(pushedRounds(slug)).toEqual([]);

        rulesApi.reset();
        await payload.update({ collection: 'model-workers', id: worker.id, data: { _status: 'draft' }, ...as('reviewer') });
        expect(pushedRounds(slug)).toHaveLength(1);
        expect(likeIds(pushedRounds(slug)[0])).not.toContain(id);

        await payload.update({ collection: 'model-workers', id: worker.id, data: { _status: 'published' }, ...as('reviewer') });
        rulesApi.reset();
        await payload.delete({ collection: 'model-workers', id: worker.id, ...as('admin') });
        expect(pushedRounds(slug)).toHaveLength(1);
        expect(likeIds(pushedRounds(slug)[0])).not.toContain(id);
      });
    });

    it('keeps picked rounds beside a like round as the editor picked them', async () => {
      const { rulesApi } = context();
      const chosen = await publishWorker();
      const picked = { name: '最美劳模网络投票', opensAt: '2020-04-01T00:00:00.000Z', closesAt: '2020-05-01T00:00:00.000Z', candidates: [{ relationTo: 'model-workers', value: chosen.id }] };
      await withLikeCampaign(async ({ slug }) => {
        rulesApi.reset();
        const other = await publishWorker();
        const [rounds] = pushedRounds(slug);
        expect(rounds?.map((r) => r.candidateSource)).toEqual(['all-model-workers', 'selected']);
        expect(likeIds(rounds)).toContain(`model-workers-${other.id}`);
        expect(rounds?.[1]?.candidates.map((c) => c.id)).toEqual([`model-workers-${chosen.id}`]);
      }, [likeRound, picked]);
    });

    it('undoes a worker publish, unpublish or delete the API did not take, with a Chinese message', async () => {
      const { payload, rulesApi } = context();
      const live = await publishWorker();
      await withLikeCampaign(async () => {
        rulesApi.failWith(500);
        const name = `未能发布${randomBytes(3).toString('hex')}`;
        const failed = await publishWorker({ name }).catch((err: unknown) => err);
        expect(failed).toBeInstanceOf(APIError);
        expect(failed).toMatchObject({ message: LIKE_CANDIDATES_SYNC_FAILED, status: 502, isPublic: true });
        expect((await payload.find({ collection: 'model-workers', where: { name: { equals: name } }, ...as('editor') })).totalDocs).toBe(0);

        await expect(payload.update({ collection: 'model-workers', id: live.id, data: { _status: 'draft' }, ...as('reviewer') })).rejects.toThrow(LIKE_CANDIDATES_SYNC_FAILED);
        await expect(payload.delete({ collection: 'model-workers', id: live.id, ...as('admin') })).rejects.toThrow(LIKE_CANDIDATES_DELETE_SYNC_FAILED);
        expect((await payload.findByID({ collection: 'model-workers', id: live.id, ...anonymously })).name).toBe(live.name);
      });
    });

    it('tells the editor to publish the campaign again when the API holds newer rules than the CMS', async () => {
      const { rulesApi } = context();
      await withLikeCampaign(async (campaign) => {
        rulesApi.answerWith(409, { error: { code: 'STALE_RULES', message: '活动规则已有更新的版本' } });
        await expect(publishWorker()).rejects.toThrow(staleRulesMessage(campaign.title));
      });
    });

    it('pushes nothing for worker changes while no published campaign takes every worker', async () => {
      const { payload, rulesApi } = context();
      const draftCampaign = await payload.create({ collection: 'campaigns', data: likeCampaignData(), draft: true, ...as('editor') });
      rulesApi.reset();

      const worker = await publishWorker();
      await payload.update({ collection: 'model-workers', id: worker.id, data: { _status: 'draft' }, ...as('reviewer') });

      expect(rulesApi.requests).toEqual([]);
      await payload.delete({ collection: 'campaigns', id: draftCampaign.id, overrideAccess: true });
    });

    it('marks workers 首页推荐 for the microsite’s home page, and not by default', async () => {
      const { payload } = context();
      const featured = await publishWorker({ featured: true });
      const plain = await publishWorker();

      const found = await payload.find({ collection: 'model-workers', where: { and: [{ featured: { equals: true } }, { id: { in: [featured.id, plain.id] } }] }, ...anonymously });

      expect(found.docs.map((w) => w.id)).toEqual([featured.id]);
      expect(plain.featured).toBe(false);
    });
  });
}
