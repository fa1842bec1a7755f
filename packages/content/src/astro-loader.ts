import type { Loader, LoaderContext } from 'astro/loaders';
import { createContentClient, type ContentClientOptions } from './index.ts';
import { renderRichText } from './rich-text.ts';
import { campaignSchema } from './schema.ts';

export type CampaignsLoaderOptions = ContentClientOptions;

/** The loader with its schema's type kept, so Astro infers `getCollection('campaigns')` entries from it. */
export type CampaignsLoader = Loader & { schema: typeof campaignSchema };

/**
 * An Astro content loader of every published campaign, keyed by slug. Unchanged campaigns
 * (same digest) are left as stored and not re-parsed; unpublished ones are removed.
 */
export function campaignsLoader(options: CampaignsLoaderOptions): CampaignsLoader {
  const client = createContentClient(options);
  return {
    name: 'union-campaigns',
    schema: campaignSchema,
    async load({ store, parseData, generateDigest, logger }: LoaderContext) {
      const campaigns = await client.listCampaigns();
      const published = new Set<string>();
      let unchanged = 0;
      let updated = 0;
      let removed = 0;
      for (const campaign of campaigns) {
        const id = campaign.slug;
        published.add(id);
        const digest = generateDigest(campaign);
        if (store.get(id)?.digest === digest) {
          unchanged++;
          continue;
        }
        const data = await parseData({ id, data: campaign });
        store.set({ id, data, digest, rendered: { html: renderRichText(campaign.body) } });
        updated++;
      }
      for (const id of store.keys()) {
        if (!published.has(id)) {
          store.delete(id);
          removed++;
        }
      }
      logger.info(`${campaigns.length} published campaigns: ${unchanged} unchanged, ${updated} updated, ${removed} removed`);
    },
  };
}
export { siteSettingsLoader, type SiteSettingsLoader } from './site-settings-loader.ts';
