// Classic zod, like schema.ts: Astro types a loader's entries only from a classic ZodType.
import * as z from 'zod';

/** The id of the one entry a site's settings collection holds. */
export const SITE_SETTINGS_ENTRY_ID = 'site-settings';

/** Trimmed text, or null when the editor left the field empty; idempotent, as Astro parses loader output again. */
const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null);

/**
 * The CMS's `site-settings` global as every site's header and footer show it. A global nobody
 * has saved yet answers without these fields, so each is optional: the footer leaves out what is
 * empty (the seed may leave the ICP number empty, for example). Unknown fields are stripped.
 */
export const siteSettingsSchema = z.object({
  organisationName: optionalText,
  contactPhone: optionalText,
  contactEmail: optionalText,
  footerText: optionalText,
  icpNumber: optionalText,
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;
