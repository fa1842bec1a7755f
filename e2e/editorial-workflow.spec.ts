import { expect, test, type Browser, type Page } from '@playwright/test';
import { E2E } from './stack.ts';

const EDITOR = 'editor@example.com';
const REVIEWER = 'reviewer@example.com';

async function signIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${E2E.cms}/admin/login`);
  await page.locator('#field-email').fill(email);
  await page.locator('#field-password').fill(E2E.adminPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('仪表板').first()).toBeVisible();
  return page;
}

/** Runs a review action from the document's controls; the page reloads with the new state. */
async function review(page: Page, button: string, state: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByText(`审核状态：${state}`)).toBeVisible({ timeout: 15_000 });
}

test('an editor drafts, a reviewer returns it with a comment, the editor fixes and resubmits, the approval goes live on the site and in the audit log', async ({ browser }) => {
  test.setTimeout(240_000);
  const suffix = Date.now().toString().slice(-5);
  const firstTitle = `第十届职工读书月 · 初稿 ${suffix}`;
  const fixedTitle = `第十届职工读书月 · 书香苏州 ${suffix}`;
  const comment = '标题请写明活动主题';

  // The editor opens the reading-month campaign and saves a change as a draft.
  const editor = await signIn(browser, EDITOR);
  await editor.goto(`${E2E.cms}/admin/collections/campaigns`);
  await editor.getByRole('table').getByRole('link', { name: /读书月/ }).first().click();
  await expect(editor.locator('#field-title')).toBeVisible();
  const documentUrl = editor.url();
  const documentId = documentUrl.split('/').pop();
  await editor.locator('#field-title').fill(firstTitle);
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText(/成功/).first()).toBeVisible();
  await review(editor, '提交审核', '待审核');

  // The reviewer sees it waiting on the dashboard and returns it with a comment.
  const reviewer = await signIn(browser, REVIEWER);
  await expect(reviewer.getByRole('heading', { name: '待我审核' })).toBeVisible();
  await reviewer.getByRole('link', { name: firstTitle }).click();
  await expect(reviewer.getByText('审核状态：待审核')).toBeVisible();
  await reviewer.getByRole('button', { name: '退回', exact: true }).click();
  await reviewer.getByPlaceholder('请填写退回意见').fill(comment);
  await review(reviewer, '确认退回', '已退回');

  // The editor reads the comment, fixes the title and submits again.
  await editor.goto(documentUrl);
  await expect(editor.getByText('审核状态：已退回')).toBeVisible();
  await expect(editor.locator('#field-review__comment')).toHaveValue(comment);
  await editor.locator('#field-title').fill(fixedTitle);
  await editor.getByRole('button', { name: '保存草稿' }).click();
  await expect(editor.getByText(/成功/).first()).toBeVisible();
  await review(editor, '提交审核', '待审核');

  // The reviewer approves: the campaign is published and the portal rebuilds on its own.
  await reviewer.goto(documentUrl);
  await review(reviewer, '通过并发布', '已通过');
  await expect
    .poll(async () => (await fetch(`${E2E.site}/`)).text(), { timeout: 90_000, message: 'the rebuilt portal shows the approved title' })
    .toContain(fixedTitle);

  const visitor = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await visitor.goto(`${E2E.site}/`);
  await expect(visitor.getByRole('link', { name: new RegExp(fixedTitle) }).first()).toBeVisible();
  await expect(visitor.getByText(firstTitle)).toHaveCount(0);

  // The dashboard shows the portal's build as live.
  await reviewer.goto(`${E2E.cms}/admin`);
  await expect(reviewer.getByRole('heading', { name: '站点发布', level: 2 })).toBeVisible();
  await expect(reviewer.locator('tr[data-site="portal"] td[data-status]')).toHaveAttribute('data-status', 'live', { timeout: 30_000 });

  // The audit log (审核记录) shows the four steps, newest first, with who did them and the comment.
  await reviewer.goto(`${E2E.cms}/admin/collections/audit-log?where[collectionSlug][equals]=campaigns&where[documentId][equals]=${documentId}`);
  const rows = reviewer.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  const expected = [
    [fixedTitle, '通过并发布', '内容审核', '已通过'],
    [fixedTitle, '提交审核', '活动编辑', '待审核'],
    [firstTitle, '退回', '内容审核', '已退回', comment],
    [firstTitle, '提交审核', '活动编辑', '待审核'],
  ];
  for (const [index, cells] of expected.entries()) {
    for (const cell of cells) await expect(rows.nth(index)).toContainText(cell);
  }
  await reviewer.screenshot({ path: test.info().outputPath('audit-log.png'), fullPage: true });
});
