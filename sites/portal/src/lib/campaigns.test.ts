import { describe, expect, it } from 'vitest';
import { campaignLinks, orderCampaigns } from './campaigns.ts';

const now = new Date('2026-06-15T00:00:00+08:00');
const campaign = (slug: string, startsAt: string, endsAt: string | null) => ({ slug, startsAt, endsAt });

describe('orderCampaigns', () => {
  it('puts running campaigns first, then upcoming, then ended', () => {
    const ordered = orderCampaigns(
      [
        campaign('ended', '2026-01-01T00:00:00+08:00', '2026-02-01T00:00:00+08:00'),
        campaign('upcoming', '2026-09-01T00:00:00+08:00', '2026-10-01T00:00:00+08:00'),
        campaign('running', '2026-06-01T00:00:00+08:00', '2026-07-01T00:00:00+08:00'),
      ],
      now,
    );
    expect(ordered.map((c) => c.slug)).toEqual(['running', 'upcoming', 'ended']);
  });

  it('orders running by nearest end (open-ended last), upcoming by nearest start, ended by latest end', () => {
    const ordered = orderCampaigns(
      [
        campaign('running-open', '2026-01-01T00:00:00+08:00', null),
        campaign('running-late', '2026-06-01T00:00:00+08:00', '2026-12-01T00:00:00+08:00'),
        campaign('running-soon', '2026-06-10T00:00:00+08:00', '2026-06-20T00:00:00+08:00'),
        campaign('upcoming-late', '2026-11-01T00:00:00+08:00', null),
        campaign('upcoming-soon', '2026-07-01T00:00:00+08:00', null),
        campaign('ended-long-ago', '2025-01-01T00:00:00+08:00', '2025-02-01T00:00:00+08:00'),
        campaign('ended-recently', '2026-05-01T00:00:00+08:00', '2026-06-01T00:00:00+08:00'),
      ],
      now,
    );
    expect(ordered.map((c) => c.slug)).toEqual([
      'running-soon',
      'running-late',
      'running-open',
      'upcoming-soon',
      'upcoming-late',
      'ended-recently',
      'ended-long-ago',
    ]);
  });

  it('does not reorder the array it was given', () => {
    const input = [campaign('b', '2026-09-01T00:00:00+08:00', null), campaign('a', '2026-06-01T00:00:00+08:00', null)];
    orderCampaigns(input, now);
    expect(input.map((c) => c.slug)).toEqual(['b', 'a']);
  });
});

describe('campaignLinks', () => {
  it('leads a 劳模风采 campaign into its microsite and keeps its page on the portal', () => {
    expect(campaignLinks({ slug: 'model-workers-2019', kind: 'model-workers' })).toEqual({
      href: '/model-workers/',
      campaignHref: '/campaigns/model-workers-2019/',
      microsite: '劳模风采专题网站',
    });
  });

  it('leads a campaign without a microsite to its page on the portal', () => {
    expect(campaignLinks({ slug: 'reading-month-2019', kind: 'reading-month' })).toEqual({
      href: '/campaigns/reading-month-2019/',
      campaignHref: '/campaigns/reading-month-2019/',
      microsite: null,
    });
  });
});
