import type { BrowserContext } from '@playwright/test';

/**
 * The two ways every page is read. 长辈模式 is the cookie `elder=1` that `/_mode?elder=on` sets and
 * the edge function reads to answer `/_mode.css` with the elder stylesheet, on every site of the origin.
 */
export const DISPLAY_MODES = [
  { id: 'standard', label: '标准模式', elder: false },
  { id: 'elder', label: '长辈模式', elder: true },
] as const;

export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** Puts the browser context in the mode, as if the person had used the switch. */
export async function useDisplayMode(context: BrowserContext, siteUrl: string, mode: DisplayMode): Promise<void> {
  await context.clearCookies({ name: 'elder' });
  if (mode.elder) await context.addCookies([{ name: 'elder', value: '1', url: siteUrl, sameSite: 'Lax' }]);
}
