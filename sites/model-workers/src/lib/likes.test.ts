import { campaignSchema } from '@union/content';
import { describe, expect, it } from 'vitest';
import { likeCandidate, likeRound } from './likes.ts';

const NOW = new Date('2026-12-02T08:00:00.000Z');

function campaign(fields: { slug: string; kind?: string; startsAt?: string; enabled?: boolean; rounds: Record<string, unknown>[] }) {
  return campaignSchema.parse({
    id: fields.slug,
    title: '劳模风采',
    slug: fields.slug,
    kind: fields.kind ?? 'model-workers',
    startsAt: fields.startsAt ?? '2026-01-01T00:00:00.000Z',
    registration: {},
    voting: { enabled: fields.enabled ?? true, rounds: fields.rounds },
    updatedAt: '2026-12-01T00:00:00.000Z',
  });
}

const likes = (id: string, opensAt = '2026-11-25T00:00:00.000Z', closesAt = '2027-11-25T00:00:00.000Z') => ({
  id,
  name: '劳模点赞',
  opensAt,
  closesAt,
  candidateSource: 'all-model-workers',
  candidates: [],
});

describe('likeRound', () => {
  it('takes the open round of every published model worker of a 劳模风采 campaign', () => {
    expect(likeRound([campaign({ slug: 'model-workers-2019', rounds: [likes('r-likes')] })], NOW)).toEqual({
      campaign: 'model-workers-2019',
      round: 'r-likes',
      name: '劳模点赞',
      opensAt: '2026-11-25T00:00:00.000Z',
      closesAt: '2027-11-25T00:00:00.000Z',
    });
  });

  it('offers no likes outside the round window, with voting off, for picked candidates or other kinds of campaign', () => {
    const cases = [
      campaign({ slug: 'not-yet', rounds: [likes('r1', '2026-12-03T00:00:00.000Z')] }),
      campaign({ slug: 'closed', rounds: [likes('r2', '2026-01-01T00:00:00.000Z', '2026-12-02T08:00:00.000Z')] }),
      campaign({ slug: 'voting-off', enabled: false, rounds: [likes('r3')] }),
      campaign({ slug: 'picked', rounds: [{ ...likes('r4'), candidateSource: 'selected' }] }),
      campaign({ slug: 'singers', kind: 'singer-contest', rounds: [likes('r5')] }),
    ];
    for (const c of cases) expect(likeRound([c], NOW), c.slug).toBeNull();
    expect(likeRound([], NOW)).toBeNull();
  });

  it('picks the latest campaign, then the latest opened round, when editors leave several open', () => {
    const older = campaign({ slug: 'model-workers-2018', startsAt: '2025-01-01T00:00:00.000Z', rounds: [likes('old')] });
    const newer = campaign({ slug: 'model-workers-2019', rounds: [likes('first', '2026-02-01T00:00:00.000Z'), likes('second', '2026-06-01T00:00:00.000Z')] });
    expect(likeRound([newer, older], NOW)).toMatchObject({ campaign: 'model-workers-2019', round: 'second' });
    expect(likeRound([older, newer], NOW)).toMatchObject({ campaign: 'model-workers-2019', round: 'second' });
  });
});

describe('likeCandidate', () => {
  it('names a model worker as the API counts them', () => {
    expect(likeCandidate(12)).toBe('model-workers-12');
    expect(likeCandidate('6650f0c2a1b2')).toBe('model-workers-6650f0c2a1b2');
  });
});
