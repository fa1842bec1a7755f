import type { Loader, LoaderContext } from 'astro/loaders';
import { createContentClient, type ContentClientOptions } from './index.ts';
import { SITE_SETTINGS_ENTRY_ID, siteSettingsSchema } from './site-settings.ts';

/** The loader with its schema's type kept, so `getEntry` infers the settings' type. */
export type SiteSettingsLoader = Loader & { schema: typeof siteSettingsSchema };

/**
 * An Astro content loader of the `site-settings` global as a collection of one entry
 * (`SITE_SETTINGS_ENTRY_ID`). A loader rather than a fetch in the layout: Astro runs it once per
 * build before any page renders, however many pages show the footer; `astro dev` reloads it with
 * the other content; and a CMS that is down fails the build at the same point, with the same
 * message, as the campaigns.
 */
export function siteSettingsLoader(options: ContentClientOptions): SiteSettingsLoader {
  const client = createContentClient(options);
  return {
    name: 'union-site-settings',
    schema: siteSettingsSchema,
    async load({ store, parseData, generateDigest, logger }: LoaderContext) {
      const settings = await client.getSiteSettings();
      const digest = generateDigest(settings);
      if (store.get(SITE_SETTINGS_ENTRY_ID)?.digest === digest) {
        logger.info('site settings unchanged');
        return;
      }
      const data = await parseData({ id: SITE_SETTINGS_ENTRY_ID, data: settings });
      store.set({ id: SITE_SETTINGS_ENTRY_ID, data, digest });
      logger.info(`site settings loaded (${settings.organisationName ?? 'no organisation name yet'})`);
    },
  };
}
