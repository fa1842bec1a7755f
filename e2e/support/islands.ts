import type { Page } from '@playwright/test';

/**
 * Brings every Astro island into view in turn (client:visible hydrates only then) and waits until
 * all have hydrated, then scrolls back to the top. Astro drops an island's `ssr` attribute once
 * its component has rendered in the browser, after its scripts loaded.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
  await page.evaluate(() => window.scrollTo(0, 0));
}
