import { candidateIdOf, CANDIDATE_COLLECTIONS, type CandidateCollection } from '@union/schemas';
import type { Payload, PayloadRequest } from 'payload';
import { SLUGS } from '../../../slugs.ts';

/** A candidate reference as Payload stores it in a round, or as populated at depth ≥ 1. */
export interface CandidateRef {
  relationTo: string;
  value: number | string | { id: number | string } | null;
}

/** Names of the published candidates a campaign's rounds refer to, keyed by candidate id (`contestants-12`). */
export type CandidateNames = ReadonlyMap<string, string>;

const isCandidateCollection = (slug: string): slug is CandidateCollection => (CANDIDATE_COLLECTIONS as readonly string[]).includes(slug);

/** The collection and document id a reference points at, or null for something that cannot be a candidate. */
function target(ref: CandidateRef): { collection: CandidateCollection; id: number | string } | null {
  const id = ref.value !== null && typeof ref.value === 'object' ? ref.value.id : ref.value;
  if (id === null || id === undefined || !isCandidateCollection(ref.relationTo)) return null;
  return { collection: ref.relationTo, id };
}

/** The API's id of a referenced candidate, or null for a reference to something that cannot be a candidate. */
export function candidateIdOfRef(ref: CandidateRef): string | null {
  const found = target(ref);
  return found ? candidateIdOf(found.collection, found.id) : null;
}

// The public name of each kind of candidate.
const NAME_FIELD = { [SLUGS.contestants]: 'stageName', [SLUGS.modelWorkers]: 'name' } as const satisfies Record<CandidateCollection, string>;

/**
 * Looks up which referenced candidates are published, and their published names. A system read
 * (overrideAccess): it runs for whoever publishes the campaign, and inside their transaction
 * when `req` is given. Drafts are left out: the public must not vote for what it cannot see.
 */
export async function publishedCandidateNames(
  payload: Payload,
  rounds: ReadonlyArray<{ candidates?: ReadonlyArray<CandidateRef> | null }> | null | undefined,
  req?: PayloadRequest,
): Promise<CandidateNames> {
  const wanted = new Map<CandidateCollection, Set<number | string>>();
  for (const round of rounds ?? []) {
    for (const ref of round.candidates ?? []) {
      const found = target(ref);
      if (!found) continue;
      const ids = wanted.get(found.collection) ?? new Set();
      ids.add(found.id);
      wanted.set(found.collection, ids);
    }
  }
  const names = new Map<string, string>();
  for (const [collection, ids] of wanted) {
    const field = NAME_FIELD[collection];
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { in: [...ids] } }, { _status: { equals: 'published' } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      ...(req ? { req } : {}),
    });
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
      const name = doc[field];
      if (typeof name === 'string' && name) names.set(candidateIdOf(collection, doc.id), name);
    }
  }
  return names;
}

/** A candidate as the snapshot lists it. */
export interface NamedCandidate {
  id: string;
  name: string;
}

/**
 * Every published model worker, in id order (the order ties keep in the results), for a round that
 * takes them all. A system read, inside the caller's transaction when `req` is given, so a worker
 * being published or taken down in that transaction is already counted as such.
 */
export async function publishedModelWorkers(payload: Payload, req?: PayloadRequest): Promise<NamedCandidate[]> {
  const { docs } = await payload.find({
    collection: SLUGS.modelWorkers,
    where: { _status: { equals: 'published' } },
    select: { name: true },
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  });
  return docs.flatMap((doc) => (doc.name ? [{ id: candidateIdOf(SLUGS.modelWorkers, doc.id), name: doc.name }] : []));
}
