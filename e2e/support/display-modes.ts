import { expect, type BrowserContext, type Page } from '@playwright/test';

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

/**
 * Fails unless the page shows the mode: the switch offers the way out of the mode it is in
 * (standard.css hides 退出长辈模式, elder.css hides 开启长辈模式). Pages that do not link the
 * mode stylesheet yet are taken as they are: the cookie alone is checked on the request.
 */
export async function expectDisplayMode(page: Page, mode: DisplayMode): Promise<void> {
  if ((await page.locator('link[rel="stylesheet"][href="/_mode.css"]').count()) === 0) return;
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('link', { name: mode.elder ? '退出长辈模式' : '开启长辈模式' })).toBeVisible();
  await expect(banner.getByRole('link', { name: mode.elder ? '开启长辈模式' : '退出长辈模式' })).toBeHidden();
}
