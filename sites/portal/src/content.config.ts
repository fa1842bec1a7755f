import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { campaignsLoader, siteSettingsLoader } from '@union/content/astro';
import { env } from './env.ts';

// `astro check` and `astro sync` only need the collections' types, which come from the loaders'
// schemas, not their data; they must work without a running CMS (CI type-checks before anything is
// started). `astro build` and `astro dev` always load, and fail loudly when the CMS is down.
const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '');

function loading<L extends Loader>(loader: L): L {
  if (!typesOnly) return loader;
  return { ...loader, load: async ({ logger }) => logger.info(`types only (astro ${process.argv[2]}): not loading ${loader.name} from ${env.CMS_URL}`) };
}

export const collections = {
  campaigns: defineCollection({ loader: loading(campaignsLoader({ baseUrl: env.CMS_URL })) }),
  /** The organisation details of the header and footer: one entry, loaded once per build. */
  siteSettings: defineCollection({ loader: loading(siteSettingsLoader({ baseUrl: env.CMS_URL })) }),
};
