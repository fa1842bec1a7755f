import { campaignStatus, type CampaignKind, type CampaignStatus } from '@union/schemas';

interface Dated {
  startsAt: string;
  endsAt: string | null;
}

const STATUS_ORDER: Record<CampaignStatus, number> = { running: 0, upcoming: 1, ended: 2 };

const time = (date: string | null, fallback: number) => (date ? Date.parse(date) : fallback);

/**
 * Orders campaigns for the home page: running ones first (ending soonest first), then upcoming
 * ones (starting soonest first), then ended ones (most recently ended first).
 */
export function orderCampaigns<T extends Dated>(campaigns: readonly T[], now: Date = new Date()): T[] {
  const withStatus = campaigns.map((campaign) => ({ campaign, status: campaignStatus(campaign, now) }));
  return withStatus
    .sort((a, b) => {
      const byStatus = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
      if (byStatus !== 0) return byStatus;
      if (a.status === 'running') return time(a.campaign.endsAt, Infinity) - time(b.campaign.endsAt, Infinity);
      if (a.status === 'upcoming') return time(a.campaign.startsAt, 0) - time(b.campaign.startsAt, 0);
      return time(b.campaign.endsAt, 0) - time(a.campaign.endsAt, 0);
    })
    .map(({ campaign }) => campaign);
}

/**
 * The microsite of each campaign kind that has one, at its base path on the shared origin
 * (packages/publisher/src/sites.ts registers the sites; design decision 1 fixes their paths).
 */
export const MICROSITES: Partial<Record<CampaignKind, { href: string; label: string }>> = {
  'model-workers': { href: '/model-workers/', label: '劳模风采专题网站' },
};

/** Where a campaign's card leads: its microsite when the kind has one, else its page on the portal. */
export function campaignLinks(campaign: { slug: string; kind: CampaignKind }): { href: string; campaignHref: string; microsite: string | null } {
  const campaignHref = `/campaigns/${campaign.slug}/`;
  const microsite = MICROSITES[campaign.kind];
  return microsite ? { href: microsite.href, campaignHref, microsite: microsite.label } : { href: campaignHref, campaignHref, microsite: null };
}
