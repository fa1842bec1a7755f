/**
 * Figure: bytes each portal page makes a phone download, measured in real Chromium: the HTML,
 * CSS and JavaScript fetched after the page is scrolled through (so `client:visible` islands load).
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { kb, type Row } from './lib/stats.ts';

export async function benchPageWeight(siteUrl: string, paths: string[]): Promise<Row[]> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: Row[] = [];
  try {
    for (const pagePath of paths) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const sizes = { html: 0, css: 0, js: 0, jsGzip: 0, gzipTotal: 0 };
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (!['document', 'stylesheet', 'script'].includes(type)) return;
        pending.push(
          response.body().then((body) => {
            const gz = gzipSync(body).length;
            sizes.gzipTotal += gz;
            if (type === 'document') sizes.html += body.length;
            if (type === 'stylesheet') sizes.css += body.length;
            if (type === 'script') {
              sizes.js += body.length;
              sizes.jsGzip += gz;
            }
          }, () => undefined),
        );
      });
      await page.goto(new URL(pagePath, siteUrl).href, { waitUntil: 'networkidle' });
      // Islands hydrate when visible (client:visible), so bring each one into view in turn.
      for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
      // Astro drops an island's `ssr` attribute once it has hydrated, after its scripts loaded.
      await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
      await Promise.all(pending);
      rows.push({
        figure: `page ${pagePath}`,
        value: `JS ${kb(sizes.js)} (${kb(sizes.jsGzip)} gzip)`,
        goal: pagePath.startsWith('/campaigns/') ? 'island only' : 'JS 0',
        note: `HTML ${kb(sizes.html)} + CSS ${kb(sizes.css)}; all ${kb(sizes.gzipTotal)} gzip`,
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
