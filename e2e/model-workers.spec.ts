import { expect, test, type Page } from '@playwright/test';
import { E2E } from './stack.ts';
import { collectErrors } from './support/console-errors.ts';
import { devCode, freshPhone } from './support/participant.ts';

// The phone the quality bar names: 360×740, as a low-end Android phone in WeChat.
test.use({ viewport: { width: 360, height: 740 } });

const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');

test('a reader browses 劳模风采 on a phone: home, honor-level filter, profile, 点赞 after verifying a phone, share metadata', async ({ page, request }) => {
  test.setTimeout(120_000);
  const errors = collectErrors(page);
  const offHost: string[] = [];
  page.on('request', (r) => {
    const { hostname } = new URL(r.url());
    if (!['localhost', '127.0.0.1'].includes(hostname) && !r.url().startsWith('data:')) offHost.push(r.url());
  });

  await page.goto('/model-workers/');
  await expect(page.getByRole('heading', { level: 1, name: '劳模风采' })).toBeVisible();
  const national = page.getByRole('link', { name: /全国级荣誉\s*\d+\s*人/ });
  const nationalCount = Number((await national.innerText()).match(/(\d+)\s*人/)![1]);
  expect(nationalCount).toBeGreaterThan(0);
  await national.click();

  await expect(page).toHaveURL(/\/model-workers\/workers\/level\/national\/$/);
  const filters = page.getByRole('navigation', { name: '筛选劳模' });
  await expect(filters.locator('[aria-current="page"]')).toContainText('全国');
  const cards = page.locator('main .card__title a');
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBe(Math.min(nationalCount, 24));

  const name = (await cards.first().innerText()).trim();
  await cards.first().click();
  await expect(page).toHaveURL(/\/model-workers\/profiles\/\d+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('heading', { name: '荣誉' })).toBeVisible();

  // Share metadata: Open Graph with the generated image, the square thumbnail WeChat reads, the canonical URL.
  const url = page.url();
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
  expect(await meta(page, 'meta[property="og:url"]')).toBe(url);
  expect(await meta(page, 'meta[property="og:title"]')).toContain(name);
  expect(await meta(page, 'meta[property="og:description"]')).toBeTruthy();
  const ogImage = await meta(page, 'meta[property="og:image"]');
  expect(ogImage).toBe(`${url}share.png`);
  const image = await request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  const square = await page.locator('[itemprop="image"]').first().getAttribute('content');
  expect(square).toBe(`${url}share-square.png`);
  expect((await request.get(square!)).status()).toBe(200);
  const qr = await request.get(`${url}qr.svg`);
  expect(qr.status()).toBe(200);
  expect(await qr.text()).toContain('<svg');

  // 点赞: verify a phone, like, see the count go up once the results cache turns over.
  const likes = page.getByRole('region', { name: '为劳模点赞' });
  await likes.scrollIntoViewIfNeeded();
  const count = likes.getByTestId('like-count');
  await expect(count).toHaveText(/\d+/, { timeout: 20_000 });
  const before = Number((await count.innerText()).replace(/\D/g, ''));
  await likes.getByRole('button', { name: `为${name}点赞` }).click();
  const phone = freshPhone('136');
  await likes.getByLabel('手机号', { exact: true }).fill(phone);
  await likes.getByRole('button', { name: '获取验证码' }).click();
  // The code field appears once the API has sent the code; only then does the dev endpoint have it.
  await expect(likes.getByLabel('验证码', { exact: true })).toBeVisible();
  await likes.getByLabel('验证码', { exact: true }).fill(await devCode(request, phone));
  await likes.getByRole('button', { name: '验证手机号' }).click();
  // Verifying sends the like the reader asked for.
  await expect(likes.getByRole('button', { name: `已为${name}点赞` })).toBeVisible({ timeout: 20_000 });
  await expect.poll(async () => Number((await count.innerText()).replace(/\D/g, '')), { timeout: 45_000 }).toBe(before + 1);

  expect(offHost).toEqual([]);
  expect(errors).toEqual([]);

  // A second like on the same day is refused by the API's quota, after a reload (the island forgets 已点赞).
  // (Chromium logs the refused request's 409 as a console error, so errors were checked before.)
  await page.reload();
  await likes.scrollIntoViewIfNeeded();
  await likes.getByRole('button', { name: `为${name}点赞` }).click();
  await expect(likes.getByTestId('like-error')).toContainText('今天已为这位劳模点过赞');
  await expect(page.locator('body')).not.toContainText(phone);
  expect(offHost).toEqual([]);
});

test('a reader of a profile downloads none of the 点赞 send path; if it cannot be downloaded on the tap, 点赞 says so and works on the next tap', async ({ page }) => {
  const deferred = /\/_astro\/(PhoneVerification|participant|vote)\.[^/]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (deferred.test(new URL(r.url()).pathname)) fetched.push(r.url());
  });
  await page.goto('/model-workers/profiles/2/');
  const likes = page.getByRole('region', { name: '为劳模点赞' });
  await likes.scrollIntoViewIfNeeded();
  await expect(likes.getByTestId('like-count')).toHaveText(/\d+/, { timeout: 20_000 });
  expect(fetched).toEqual([]);

  // The network drops as the reader taps: the form's code does not arrive.
  await page.route(deferred, (route) => route.abort('internetdisconnected'));
  const button = likes.getByRole('button', { name: /^为.+点赞$/ });
  await button.click();
  await expect(likes.getByTestId('like-error')).toHaveText('网络异常，请检查网络后重试');
  await expect(likes.getByLabel('手机号', { exact: true })).toBeHidden();

  await page.unroute(deferred);
  await button.click();
  await expect(likes.getByLabel('手机号', { exact: true })).toBeVisible();
  await expect(likes.getByTestId('like-error')).toBeHidden();
});

test('长辈模式 is switched on once, stays on across pages and sites, and off again, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: E2E.site, javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  await page.goto('/model-workers/workers/');
  const standardSize = await rootSize();
  await expect(page.getByRole('link', { name: '退出长辈模式' })).toBeHidden();
  await page.getByRole('link', { name: '开启长辈模式' }).click();

  // Back on the same page, larger.
  await expect(page).toHaveURL(/\/model-workers\/workers\/$/);
  await expect(page.getByRole('link', { name: '退出长辈模式' })).toBeVisible();
  expect(await rootSize()).toBeGreaterThan(standardSize * 1.15);

  // Another page of the microsite, then the portal: still on.
  await page.goto('/model-workers/studios/');
  await expect(page.getByRole('link', { name: '退出长辈模式' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: '退出长辈模式' })).toBeVisible();
  expect(await rootSize()).toBeGreaterThan(standardSize * 1.15);

  await page.getByRole('link', { name: '退出长辈模式' }).click();
  await expect(page.getByRole('link', { name: '开启长辈模式' })).toBeVisible();
  await page.goto('/model-workers/');
  await expect(page.getByRole('link', { name: '开启长辈模式' })).toBeVisible();
  expect(await rootSize()).toBeCloseTo(standardSize, 1);
  await context.close();
});

test('a missing page of the microsite answers 404 with the designed page', async ({ page }) => {
  const response = await page.goto('/model-workers/profiles/999999/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '页面未找到' })).toBeVisible();
  await expect(page.getByRole('link', { name: /劳模风采|返回/ }).first()).toBeVisible();
});
