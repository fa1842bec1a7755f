import { expect, test, type Page } from '@playwright/test';
import { modelWorkers } from '../cms/src/seed/data/modelWorkers.ts';
import { innovationStudios } from '../cms/src/seed/data/studios.ts';
import { E2E } from './stack.ts';
import { collectErrors } from './support/console-errors.ts';
import { expectNoA11yViolations } from './support/a11y.ts';
import { DISPLAY_MODES, expectDisplayMode, useDisplayMode } from './support/display-modes.ts';
import { hydrateIslands } from './support/islands.ts';

// The awkward cases of 劳模风采 as the demo seed has them, proven on the built pages: a worker with no
// portrait, one with no biography or quote, one with a very long name, a studio whose lead was never
// published, and that lead's missing profile. They are not page types: the bench would grow.

// The phone the quality bar names: 360×740, as a low-end Android phone in WeChat.
test.use({ viewport: { width: 360, height: 740 } });
// An axe run over a whole page takes 10–30 s on a busy two-core machine; some tests run two.
test.describe.configure({ timeout: 120_000 });

function seeded<T extends { name: string }>(items: readonly T[], what: string, pick: (item: T) => boolean): T {
  const found = items.filter(pick);
  if (found.length !== 1) throw new Error(`The seed should have exactly one ${what}; it has ${found.length}`);
  return found[0]!;
}

const noPortrait = seeded(modelWorkers, 'model worker without a portrait', (w) => w.noPortrait === true);
const noStory = seeded(modelWorkers, 'model worker without a biography', (w) => w.biography.length === 0);
const longName = seeded(modelWorkers, 'model worker with a name over 24 characters', (w) => [...w.name].length > 24);
const draftLead = seeded(modelWorkers, 'draft-only model worker', (w) => w.draftOnly === true);
const draftLedStudio = seeded(innovationStudios, 'studio led by the draft-only worker', (s) => s.leadName === draftLead.name);

/**
 * What makes the page read as unfinished, one line each: an image that did not load (lazy ones
 * once scrolled to), an empty heading, leaked `undefined`/`null` or empty quotation marks or
 * brackets in the text, title or share metadata, a page wider than the phone, or a heading or
 * card title cut at the edge of the screen. A phone's browser lays a page with something too wide
 * (or without the viewport meta) out wider than the screen and shrinks it to fit, so `innerWidth`
 * grows with the content: the screen's own width is the measure, not `innerWidth` alone.
 */
async function renderingFaults(page: Page): Promise<string[]> {
  const faults: string[] = [];
  const screenWidth = page.viewportSize()?.width ?? 0;
  for (const image of await page.locator('img').all()) {
    await image.scrollIntoViewIfNeeded();
    // A broken image is `complete` too, once the browser has given up on it.
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
    const { loaded, html } = await image.evaluate((img: HTMLImageElement) => ({ loaded: img.currentSrc !== '' && img.naturalWidth > 0, html: img.outerHTML }));
    if (!loaded) faults.push(`broken image: ${html}`);
  }
  await page.evaluate(() => window.scrollTo(0, 0));

  return faults.concat(
    await page.evaluate((screenWidth) => {
      const describe = (el: Element) => el.outerHTML.slice(0, 160);
      const found: string[] = [];
      for (const heading of document.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
        if ((heading.textContent ?? '').trim() === '') found.push(`empty heading: ${describe(heading)}`);
      }
      const metadata = [...document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[itemprop]')].map((meta) => meta.getAttribute('content') ?? '');
      const text = [document.title, document.body.innerText, ...metadata].join('\n');
      for (const leak of text.match(/\b(?:undefined|null|NaN|Invalid Date)\b|\[object Object\]|“”|（）|\(\)/g) ?? []) found.push(`placeholder text: ${leak}`);
      const pageWidth = Math.max(window.innerWidth, document.scrollingElement?.scrollWidth ?? 0);
      if (pageWidth > screenWidth) found.push(`wider than the phone: laid out ${pageWidth} px wide on a ${screenWidth} px screen`);
      for (const el of document.querySelectorAll('h1, h2, h3, .card__title, .breadcrumbs__item')) {
        const box = el.getBoundingClientRect();
        if (box.width > 0 && (box.left < -0.5 || box.right > screenWidth + 0.5 || el.scrollWidth > el.clientWidth + 1)) found.push(`cut off: ${describe(el)}`);
      }
      return found;
    }, screenWidth),
  );
}

/** Fails unless the page reads as finished (see renderingFaults) and has no WCAG 2.2 AA violation. */
async function expectRendersSensibly(page: Page, what: string): Promise<void> {
  expect(await renderingFaults(page), `${what} reads as unfinished`).toEqual([]);
  await hydrateIslands(page);
  await expectNoA11yViolations(page, what);
}

/** Opens the list of a district through the filter links, as a reader would. */
async function openDistrictList(page: Page, district: string): Promise<void> {
  await page.goto('/model-workers/workers/');
  await page.getByRole('navigation', { name: '筛选劳模' }).getByRole('link', { name: new RegExp(`^${district}`) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${district}劳模`);
}

const cardOf = (page: Page, title: string) => page.locator('main .card').filter({ has: page.getByRole('link', { name: title, exact: true }) });

for (const mode of DISPLAY_MODES) {
  test.describe(`in ${mode.label}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await useDisplayMode(context, baseURL!, mode);
    });

    test('a district list with a worker without a portrait and one with a very long name shows both cards whole', async ({ page }) => {
      const errors = collectErrors(page);
      expect(noPortrait.district).toBe(longName.district);
      await openDistrictList(page, noPortrait.district);
      await expectDisplayMode(page, mode);

      const portraitless = cardOf(page, noPortrait.name);
      await expect(portraitless.locator('img')).toHaveCount(0);
      await expect(portraitless.locator('.portrait--initial')).toHaveText([...noPortrait.name][0]!);
      // The card shows the whole name; it wraps rather than being cut.
      await expect(cardOf(page, longName.name)).toHaveCount(1);

      await expectRendersSensibly(page, `the ${noPortrait.district} list in ${mode.label}`);
      expect(errors).toEqual([]);
    });

    test('a profile without a portrait shows the initial in its place, and its share images are made', async ({ page, request }) => {
      const errors = collectErrors(page);
      await openDistrictList(page, noPortrait.district);
      await page.getByRole('link', { name: noPortrait.name, exact: true }).click();
      await expect(page).toHaveURL(/\/model-workers\/profiles\/\d+\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(noPortrait.name);

      const header = page.locator('.profile__header');
      await expect(header.locator('img')).toHaveCount(0);
      await expect(header.getByRole('img', { name: `${noPortrait.name}（暂无照片）` })).toHaveText([...noPortrait.name][0]!);
      for (const file of ['share.png', 'share-square.png']) {
        const image = await request.get(`${page.url()}${file}`);
        expect(image.status(), file).toBe(200);
        expect(image.headers()['content-type'], file).toBe('image/png');
      }

      await expectRendersSensibly(page, `the profile of ${noPortrait.name} in ${mode.label}`);
      expect(errors).toEqual([]);
    });

    test('a profile with no biography and no quote says the story is coming and describes the worker by employer and honors', async ({ page }) => {
      const errors = collectErrors(page);
      await openDistrictList(page, noStory.district);
      await page.getByRole('link', { name: noStory.name, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(noStory.name);

      await expect(page.getByRole('region', { name: '先进事迹' })).toContainText('事迹材料正在整理中，敬请期待。');
      await expect(page.locator('blockquote')).toHaveCount(0);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description).toContain(noStory.name);
      expect(description).toContain(noStory.employer);
      expect(await page.locator('meta[property="og:description"]').getAttribute('content')).toBe(description);

      await expectRendersSensibly(page, `the profile of ${noStory.name} in ${mode.label}`);
      expect(errors).toEqual([]);
    });

    test('a profile with a 30-character name shows it whole, wrapped inside the screen', async ({ page }) => {
      const errors = collectErrors(page);
      await openDistrictList(page, longName.district);
      await page.getByRole('link', { name: longName.name, exact: true }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(longName.name);

      const box = await heading.evaluate((h1) => {
        const rect = h1.getBoundingClientRect();
        return { left: rect.left, right: rect.right, height: rect.height, lineHeight: parseFloat(getComputedStyle(h1).lineHeight) };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(page.viewportSize()!.width);
      // More than one line: the name wrapped instead of running off the side.
      expect(box.height).toBeGreaterThan(box.lineHeight * 1.5);
      expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(longName.name);

      await expectRendersSensibly(page, `the profile of ${longName.name} in ${mode.label}`);
      expect(errors).toEqual([]);
    });

    test('a studio whose lead was never published names no lead and links to no profile', async ({ page, request }) => {
      const errors = collectErrors(page);
      await page.goto('/model-workers/studios/');
      const card = cardOf(page, draftLedStudio.name);
      await expect(card).toHaveCount(1);
      await expect(card.getByRole('link', { name: /领衔人/ })).toHaveCount(0);
      await expect(page.getByText(draftLead.name, { exact: true })).toHaveCount(0);
      await card.getByRole('link', { name: draftLedStudio.name, exact: true }).click();

      await expect(page.getByRole('heading', { level: 1 })).toHaveText(draftLedStudio.name);
      await expect(page.locator('.profile__facts div').filter({ hasText: '领衔人' }).locator('dd')).toHaveText('暂未公布');
      await expect(page.locator('main a[href*="/profiles/"]')).toHaveCount(0);
      await expect(page.getByRole('region', { name: '创新成果' })).toContainText(draftLedStudio.achievements[0]!);

      await expectRendersSensibly(page, `the page of ${draftLedStudio.name} in ${mode.label}`);
      expect(errors).toEqual([]);

      // The lead is in the CMS as a draft: their profile address answers with the designed 404.
      const answer = await request.get(`${E2E.cms}/api/innovation-studios`, {
        params: { 'where[name][equals]': draftLedStudio.name, depth: 0 },
      });
      expect(answer.status()).toBe(200);
      const leadId = ((await answer.json()) as { docs: { lead: unknown }[] }).docs[0]?.lead;
      expect(typeof leadId).toBe('number');
      const response = await page.goto(`/model-workers/profiles/${String(leadId)}/`);
      expect(response?.status()).toBe(404);
      await expectDisplayMode(page, mode);
      await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
      await expect(page.getByRole('link', { name: '劳模名录' }).last()).toBeVisible();
      await expect(page.locator('body')).not.toContainText(draftLead.name);
      await expectRendersSensibly(page, `the missing profile of the studio's lead in ${mode.label}`);
    });
  });
}

test('the check finds a broken image, an empty heading, leaked placeholders, a cut heading and a page wider than the phone', async ({ page, context }) => {
  const head = '<meta name="viewport" content="width=device-width, initial-scale=1"><title>劳模 null</title>';
  await page.setContent(`<!doctype html><html lang="zh-CN"><head>${head}</head><body><main>
    <h1></h1>
    <img src="data:image/png;base64,AAAA" alt="肖像">
    <p>寄语：“”</p><p>岗位：undefined</p>
    <h2 style="white-space: nowrap; overflow: hidden">古再丽努尔·阿卜杜克热木·买买提依明·吐尔洪托合提·艾则孜江</h2>
    <div style="width: 800px">宽</div>
  </main></body></html>`);
  const faults = await renderingFaults(page);
  expect(faults.map((fault) => fault.split(':')[0])).toEqual([
    'broken image',
    'empty heading',
    'placeholder text',
    'placeholder text',
    'placeholder text',
    'wider than the phone',
    'cut off',
  ]);

  // Without the viewport meta a phone lays any page out 980 px wide and shrinks it. (A page of its own:
  // the viewport a document set stays with the page when new content is written into it.)
  const bare = await context.newPage();
  await bare.setContent('<!doctype html><html lang="zh-CN"><head><title>劳模</title></head><body><main><h1>劳模</h1></main></body></html>');
  expect(await renderingFaults(bare)).toEqual(['wider than the phone: laid out 980 px wide on a 360 px screen', 'cut off: <h1>劳模</h1>']);
});
