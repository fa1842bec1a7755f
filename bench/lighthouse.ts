/**
 * Figure: Lighthouse's mobile performance and accessibility scores per page type, with LCP, TBT
 * and CLS. Lighthouse's default mobile run: a phone-sized screen and simulated slow-4G and 4× CPU
 * throttling, so the scores say how the page would load on a low-end phone rather than on this machine.
 * One run per page; scores move by a few points between runs, so read them as a benchmark, not a test.
 */
import { existsSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { PageType } from '../e2e/support/page-types.ts';
import { lighthouseRow } from './lib/lighthouse-row.ts';
import type { Row } from './lib/stats.ts';

// Debian's Chromium unless CHROME_PATH names another; chrome-launcher adds its own quiet-profile flags.
const chromePath = process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function benchLighthouse(siteUrl: string, pageTypes: readonly PageType[]): Promise<Row[]> {
  const chrome = await launch({ ...(chromePath ? { chromePath } : {}), chromeFlags, logLevel: 'error' });
  const rows: Row[] = [];
  try {
    for (const pageType of pageTypes) {
      const result = await lighthouse(new URL(pageType.path, siteUrl).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // The designed 404 page is measured like any other; without this Lighthouse refuses a 404 answer.
        ignoreStatusCode: pageType.status === 404,
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${pageType.path}`);
      const { formFactor, throttlingMethod } = result.lhr.configSettings;
      if (formFactor !== 'mobile' || throttlingMethod !== 'simulate') throw new Error(`Lighthouse ran ${formFactor}/${throttlingMethod}, not mobile/simulate`);
      rows.push(lighthouseRow(pageType, result.lhr));
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
