import { defineCollection } from 'astro:content';
import { campaignsLoader, siteSettingsLoader, skipLoadWhenTypesOnly } from '@union/content/astro';
import { env } from './env.ts';

const source = { baseUrl: env.CMS_URL };

export const collections = {
  campaigns: defineCollection({ loader: skipLoadWhenTypesOnly(campaignsLoader(source)) }),
  /** The organisation details of the header and footer: one entry, loaded once per build. */
  siteSettings: defineCollection({ loader: skipLoadWhenTypesOnly(siteSettingsLoader(source)) }),
};
