import { expect, test } from '@playwright/test';
import { E2E } from './stack.ts';

test('an admin logs into the Chinese admin, publishes an edit, and the portal rebuilds by itself to show it', async ({ page }) => {
  test.setTimeout(240_000);
  const newTitle = `劳模风采 · 工匠精神专题 ${Date.now().toString().slice(-5)}`;
  // The admin must work without reaching any other host (no Gravatar, no CDN fonts).
  const offHost: string[] = [];
  page.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(hostname) && !request.url().startsWith('data:')) offHost.push(request.url());
  });

  await page.goto(`${E2E.cms}/admin/login`);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await page.locator('#field-email').fill(E2E.adminEmail);
  await page.locator('#field-password').fill(E2E.adminPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('仪表板').first()).toBeVisible();

  await page.goto(`${E2E.cms}/admin/collections/campaigns`);
  // The campaign's row in the list (the navigation also has a 劳模风采 group).
  await page.getByRole('table').getByRole('link', { name: /劳模/ }).first().click();
  const title = page.locator('#field-title');
  await expect(title).toBeVisible();
  await title.fill(newTitle);
  await page.getByRole('button', { name: '发布修改' }).click();
  // Publishing pushes the campaign's rules to the API before it answers: allow for a loaded machine.
  await expect(page.getByText(/成功/).first()).toBeVisible({ timeout: 30_000 });
  expect(offHost).toEqual([]);

  // The portal reads only published content, over the CMS's REST API, at build time; the CMS
  // rebuilds it by itself after the publish and swaps the served release.
  await expect
    .poll(async () => (await fetch(`${E2E.site}/`)).text(), { timeout: 90_000, message: 'the rebuilt portal shows the new title' })
    .toContain(newTitle);

  await page.goto(`${E2E.site}/`);
  await expect(page.getByRole('link', { name: new RegExp(newTitle) }).first()).toBeVisible();
});
