import type { PayloadRequest } from 'payload';
import { campaignSlug } from '@union/schemas';
import * as z from 'zod/mini';
import { SLUGS } from '../slugs.ts';

export interface CampaignRef {
  id: number | string;
  slug: string;
  title: string;
  /** The voting rounds the campaign declares (id and name), when it has any. */
  rounds: { id: string; name: string }[];
}

// Tolerant on purpose: the rounds' fields belong to the Campaigns collection, which another part of
// the CMS owns; whatever does not look like `voting.rounds[].{id,name}` counts as no rounds, and
// the round ids in the vote flags still reach the results.
const roundsSchema = z.array(z.object({ id: z.string(), name: z.optional(z.nullable(z.string())) }));

/** The rounds of a campaign document (`voting.rounds`), or none. */
export function campaignRounds(doc: unknown): CampaignRef['rounds'] {
  const voting = (doc as { voting?: { rounds?: unknown } } | null)?.voting;
  const parsed = roundsSchema.safeParse(voting?.rounds);
  if (!parsed.success) return [];
  return parsed.data.map((round) => ({ id: round.id, name: round.name || round.id }));
}

/** The campaign with this slug as the requesting user may read it, or null (unknown or malformed slug). */
export async function findCampaign(req: PayloadRequest, slug: string): Promise<CampaignRef | null> {
  if (!campaignSlug.safeParse(slug).success) return null;
  const { docs } = await req.payload.find({
    collection: SLUGS.campaigns,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  });
  const doc = docs[0];
  return doc ? { id: doc.id, slug: doc.slug, title: doc.title, rounds: campaignRounds(doc) } : null;
}

/** Campaigns for the pickers of the check-in and vote screens, newest first. */
export async function listCampaigns(req: Pick<PayloadRequest, 'payload' | 'user'>): Promise<CampaignRef[]> {
  const { docs } = await req.payload.find({
    collection: SLUGS.campaigns,
    sort: '-startsAt',
    limit: 200,
    depth: 0,
    user: req.user,
    overrideAccess: false,
  });
  return docs.map((doc) => ({ id: doc.id, slug: doc.slug, title: doc.title, rounds: campaignRounds(doc) }));
}
