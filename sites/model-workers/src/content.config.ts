import { defineCollection } from 'astro:content';
import { campaignsLoader, innovationStudiosLoader, modelWorkersLoader, siteSettingsLoader } from '@union/content/astro';
import type { Loader } from 'astro/loaders';
import { env } from './env.ts';

const source = { baseUrl: env.CMS_URL };

// `astro check` and `astro sync` only need the collections' types, which come from the loaders'
// schemas, not their data; they must work without a running CMS (CI type-checks before anything
// is started). `astro build` and `astro dev` always load, and fail loudly when the CMS is down.
const typesOnly = ['check', 'sync'].includes(process.argv[2] ?? '');

function fromCms<L extends Loader>(loader: L): L {
  return typesOnly
    ? { ...loader, load: async ({ logger }) => logger.info(`types only (astro ${process.argv[2]}): not loading from ${env.CMS_URL}`) }
    : loader;
}

export const collections = {
  modelWorkers: defineCollection({ loader: fromCms(modelWorkersLoader(source)) }),
  innovationStudios: defineCollection({ loader: fromCms(innovationStudiosLoader(source)) }),
  siteSettings: defineCollection({ loader: fromCms(siteSettingsLoader(source)) }),
  // The 劳模风采 campaign carries the voting round whose candidates are the model workers (点赞).
  campaigns: defineCollection({ loader: fromCms(campaignsLoader(source)) }),
};
