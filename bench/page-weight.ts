/**
 * Figure: bytes each page type makes a phone download, measured in real Chromium at 360×740: the
 * HTML, CSS and JavaScript fetched once every island is in view and hydrated (images not counted),
 * against the page type's goal (no JavaScript without an island; a ceiling where the table sets one).
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { hydrateIslands } from '../e2e/support/islands.ts';
import type { PageType } from '../e2e/support/page-types.ts';
import { kb, type Row } from './lib/stats.ts';
import { gzipTotal, weightGoal, type PageBytes } from './lib/weight-goal.ts';

const KINDS = { document: 'html', stylesheet: 'css', script: 'js' } as const;

export async function benchPageWeight(siteUrl: string, pageTypes: readonly PageType[]): Promise<Row[]> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows: Row[] = [];
  try {
    for (const pageType of pageTypes) {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      const bytes: PageBytes = { html: 0, css: 0, js: 0, gzip: { html: 0, css: 0, js: 0 } };
      const pending: Promise<void>[] = [];
      page.on('response', (response) => {
        const type = response.request().resourceType();
        if (!(type in KINDS)) return;
        const kind = KINDS[type as keyof typeof KINDS];
        pending.push(
          response.body().then((body) => {
            bytes[kind] += body.length;
            bytes.gzip[kind] += gzipSync(body).length;
          }, () => undefined),
        );
      });
      const response = await page.goto(new URL(pageType.path, siteUrl).href, { waitUntil: 'networkidle' });
      if (response?.status() !== (pageType.status ?? 200)) throw new Error(`${pageType.path} answered ${response?.status()}, expected ${pageType.status ?? 200}`);
      await hydrateIslands(page);
      await Promise.all(pending);
      const { goal, met } = weightGoal(pageType, bytes);
      rows.push({
        figure: `page weight ${pageType.label} ${pageType.path}`,
        value: `${kb(gzipTotal(bytes))} gzip, JS ${kb(bytes.js)}`,
        goal,
        note: `HTML ${kb(bytes.html)} + CSS ${kb(bytes.css)} + JS ${kb(bytes.js)} (gzip ${kb(bytes.gzip.html)} + ${kb(bytes.gzip.css)} + ${kb(bytes.gzip.js)})${met === undefined ? '' : met ? '; meets the goal' : '; OVER THE GOAL'}`,
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
