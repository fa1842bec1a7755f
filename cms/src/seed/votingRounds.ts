import type { CandidateCollection } from '@union/schemas';
import type { Payload } from 'payload';
import { SLUGS } from '../slugs.ts';
import type { SeedCampaign } from './campaigns.ts';
import { modelWorkers } from './data/modelWorkers.ts';
import { contestants } from './data/singerContest.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** The seeded people a picked demo round lists, by natural key (name or stage name | employer). */
const CANDIDATE_KEYS: Record<CandidateCollection, readonly string[]> = {
  contestants: contestants.map((c) => `${c.stageName}|${c.employer}`),
  'model-workers': modelWorkers.map((w) => `${w.name}|${w.employer}`),
};
const NAME_FIELD = { contestants: 'stageName', 'model-workers': 'name' } as const;

/** The seeded people a picked round lists, as Payload relationship references. */
async function pickedCandidates(payload: Payload, spec: { collection: CandidateCollection; limit?: number }) {
  const keys = CANDIDATE_KEYS[spec.collection].slice(0, spec.limit);
  const field = NAME_FIELD[spec.collection];
  const found = await payload.find({
    collection: spec.collection,
    where: { and: [{ [field]: { in: keys.map((k) => k.split('|')[0]) } }, { _status: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  const idByKey = new Map(
    (found.docs as unknown as Array<Record<string, unknown> & { id: number }>).map((d) => [`${String(d[field])}|${String(d.employer)}`, d.id]),
  );
  return keys.flatMap((key) => {
    const id = idByKey.get(key);
    return id === undefined ? [] : [{ relationTo: spec.collection, value: id }];
  });
}

/**
 * Opens the demo voting round of each seeded campaign that has none yet: the seeded candidates of a
 * collection (published, so the public sees them), or every published model worker (likes, whose list
 * the rules push fills in). It runs after the content seed, because a round refers to candidates; the
 * campaign is created with voting closed until then. Windows are whole hours around the seed, wide
 * enough that a demo seeded once keeps taking votes.
 */
export async function seedVotingRounds(payload: Payload, campaigns: readonly SeedCampaign[], now: Date, log: (line: string) => void): Promise<string[]> {
  const opened: string[] = [];
  for (const campaign of campaigns) {
    const spec = campaign.votingRound;
    if (!spec || !campaign.voting) continue;
    const { docs } = await payload.find({ collection: SLUGS.campaigns, where: { slug: { equals: campaign.slug } }, limit: 1, depth: 0, overrideAccess: true });
    const doc = docs[0];
    // Editors' rounds, or the seed's from an earlier run, stay as they are.
    if (!doc || (doc.voting?.rounds?.length ?? 0) > 0) continue;

    const everyWorker = spec.candidates === 'all-model-workers';
    const candidates = spec.candidates === 'all-model-workers' ? [] : await pickedCandidates(payload, spec.candidates);
    if (!everyWorker && candidates.length === 0) throw new Error(`No seeded candidates found for the voting round of ${campaign.slug}`);

    const hour = Math.floor(now.getTime() / HOUR) * HOUR;
    await payload.update({
      collection: SLUGS.campaigns,
      id: doc.id,
      data: {
        voting: {
          ...doc.voting,
          enabled: true,
          rounds: [
            {
              name: spec.name,
              opensAt: new Date(hour - spec.opensDaysBefore * DAY).toISOString(),
              closesAt: new Date(hour + spec.closesDaysAfter * DAY).toISOString(),
              candidateSource: everyWorker ? 'all-model-workers' : 'selected',
              candidates,
            },
          ],
        },
        _status: 'published',
      },
      overrideAccess: true,
    });
    opened.push(campaign.slug);
    log(`Opened the voting round ${spec.name} of ${campaign.slug} with ${everyWorker ? 'every published model worker' : `${candidates.length} candidates`}`);
  }
  return opened;
}
