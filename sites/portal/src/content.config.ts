import { defineCollection } from 'astro:content';
import { campaignsLoader } from '@union/content/astro';
import { env } from './env.ts';

const campaigns = campaignsLoader({ baseUrl: env.CMS_URL });

// `astro check` and `astro sync` only need the collection's types, which come from the loader's
// schema, not its data; they must work without a running CMS (CI type-checks before anything is
// started). `astro build` and `astro dev` always load, and fail loudly when the CMS is down.
const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '');

export const collections = {
  campaigns: defineCollection({
    loader: typesOnly
      ? { ...campaigns, load: async ({ logger }) => logger.info(`types only (astro ${process.argv[2]}): not loading from ${env.CMS_URL}`) }
      : campaigns,
  }),
};
