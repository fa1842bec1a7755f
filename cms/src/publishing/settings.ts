import type { BuildReleaseOptions } from '@union/publisher';
import type { Payload } from 'payload';

/** How the CMS rebuilds the static sites; without it (CLI runs, the seed) publishing never builds. */
export interface SitePublishingSettings {
  /** Where the served sites live: `<sitesDir>/<site>/current`. */
  sitesDir: string;
  repoRoot: string;
  /** The CMS as the site build reaches it. */
  cmsUrl: string;
  /** The public origin of the sites (canonical URLs). */
  siteUrl: string;
  /** Changes within this window after the first one go into one build. */
  batchWindowMs: number;
  /** Replaces the Astro build; tests use a tiny script so the queue, swap and status run for real. */
  command?: BuildReleaseOptions['command'];
}

/** The site publishing settings of this Payload instance, if it publishes at all. */
export function sitePublishingOf(payload: Payload): SitePublishingSettings | undefined {
  return (payload.config.custom as { sitePublishing?: SitePublishingSettings } | undefined)?.sitePublishing;
}
