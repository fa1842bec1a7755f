import { getEntry } from 'astro:content';
import { SITE_SETTINGS_ENTRY_ID, type SiteSettings } from '@union/content';

/** The CMS's site settings as the siteSettings collection loaded them for this build; null while type-checking. */
export async function loadSiteSettings(): Promise<SiteSettings | null> {
  return (await getEntry('siteSettings', SITE_SETTINGS_ENTRY_ID))?.data ?? null;
}
