// The build's content, loaded once and shared by every page and endpoint (Astro's glue; the rules
// applied to it live in the pure modules beside this one).

import { getCollection, getEntry } from 'astro:content';
import { SITE_SETTINGS_ENTRY_ID, type InnovationStudio, type ModelWorker, type SiteSettings } from '@union/content';
import { sortWorkers } from './facets.ts';

export interface SiteContent {
  /** Every published model worker, in list order. */
  workers: ModelWorker[];
  studios: InnovationStudio[];
  settings: SiteSettings;
}

let loaded: Promise<SiteContent> | undefined;

/** The published model workers, studios and site settings of this build. */
export function siteContent(): Promise<SiteContent> {
  loaded ??= (async () => {
    const [workers, studios, settings] = await Promise.all([
      getCollection('modelWorkers'),
      getCollection('innovationStudios'),
      getEntry('siteSettings', SITE_SETTINGS_ENTRY_ID),
    ]);
    if (!settings) throw new Error('The site settings were not loaded; the siteSettings collection is empty.');
    return { workers: sortWorkers(workers.map((entry) => entry.data)), studios: studios.map((entry) => entry.data), settings: settings.data };
  })();
  return loaded;
}
