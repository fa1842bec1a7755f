import { defineCollection } from 'astro:content';
import {
  campaignsLoader,
  innovationStudiosLoader,
  modelWorkersLoader,
  siteSettingsLoader,
  skipLoadWhenTypesOnly,
} from '@union/content/astro';
import { env } from './env.ts';

const source = { baseUrl: env.CMS_URL };

export const collections = {
  modelWorkers: defineCollection({ loader: skipLoadWhenTypesOnly(modelWorkersLoader(source)) }),
  innovationStudios: defineCollection({ loader: skipLoadWhenTypesOnly(innovationStudiosLoader(source)) }),
  siteSettings: defineCollection({ loader: skipLoadWhenTypesOnly(siteSettingsLoader(source)) }),
  // The 劳模风采 campaign carries the voting round whose candidates are the model workers (点赞).
  campaigns: defineCollection({ loader: skipLoadWhenTypesOnly(campaignsLoader(source)) }),
};
