import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y.ts';
import { DISPLAY_MODES, expectDisplayMode, useDisplayMode } from './support/display-modes.ts';
import { hydrateIslands } from './support/islands.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { devCode, freshPhone } from './support/participant.ts';

// The phone the quality bar names: 360×740, as a low-end Android phone in WeChat.
test.use({ viewport: { width: 360, height: 740 } });
// An axe run over a whole page takes 10–30 s on a busy two-core machine; the vote island's test runs three.
test.describe.configure({ timeout: 120_000 });

// axe-core through Playwright, WCAG 2.2 AA: every page type of every site, in both display modes.
for (const mode of DISPLAY_MODES) {
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.label} (${pageType.path}) in ${mode.label} has no WCAG 2.2 AA violations`, async ({ page, context, baseURL }) => {
      await useDisplayMode(context, baseURL!, mode);
      const response = await page.goto(pageType.path);
      expect(response?.status()).toBe(pageType.status ?? 200);
      // The mode is a cookie the edge reads on every request, so the page must have been asked for with it.
      const cookie = (await response!.request().headerValue('cookie')) ?? '';
      if (mode.elder) expect(cookie).toMatch(/(^|; )elder=1(;|$)/);
      else expect(cookie).not.toContain('elder=');
      await expectDisplayMode(page, mode);
      await hydrateIslands(page);
      await expectNoA11yViolations(page, `${pageType.path} in ${mode.label}`);
    });
  }
}

test('the vote island has no WCAG 2.2 AA violations once the code is sent, once verified, and with a receipt', async ({ page, request }) => {
  const phone = freshPhone('138');
  await page.goto('/campaigns/singer-contest-2019/');
  await hydrateIslands(page);
  const section = page.getByRole('region', { name: '网络投票' });

  await section.getByLabel('手机号', { exact: true }).fill(phone);
  await section.getByRole('button', { name: '获取验证码' }).click();
  await expect(section.getByLabel('验证码', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, 'the vote island with the code field');

  await section.getByLabel('验证码', { exact: true }).fill(await devCode(request, phone));
  await section.getByRole('button', { name: '验证手机号' }).click();
  await expect(section.getByText('手机号已验证，可以投票。')).toBeVisible();
  await expectNoA11yViolations(page, 'the vote island after verification');

  await section.getByRole('button', { name: /^投票给/ }).first().click();
  await expect(section.getByTestId('vote-receipt')).toContainText('投票成功');
  await expectNoA11yViolations(page, 'the vote island with a receipt');
});

test('the checker fails on a violation and names its rule, impact, element and help', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="zh-CN"><head><title>无标签字段</title></head><body><main><input id="nameless" type="text"></main></body></html>');
  const failure = await expectNoA11yViolations(page, 'a page with an unlabelled field').then(
    () => undefined,
    (error: Error) => error,
  );
  // The report is plain text; colours, if any, would split the line.
  const report = stripVTControlCharacters(failure?.message ?? '');
  expect(report).toContain('WCAG 2.2 AA violations on a page with an unlabelled field');
  expect(report).toMatch(/label \(critical\) at #nameless: Form elements must have labels <https:\/\/dequeuniversity\.com\/rules\/axe\/[\d.]+\/label/);
});
