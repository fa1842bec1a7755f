import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E } from './stack.ts';
import { collectErrors } from './support/console-errors.ts';

// A phone number nobody else in this run uses, so the test can run again on the same data.
function freshPhone(): string {
  return `136${String(Date.now()).slice(-8)}`;
}

/** The code the local SMS provider "sent", from the local API's dev endpoint. */
async function devCode(request: APIRequestContext, phone: string): Promise<string> {
  const response = await request.get(`${E2E.api}/v1/dev/otp?phone=${phone}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { code: string }).code;
}

test('a worker registers, sees the registration on 我的参与 after verifying the phone, deletes everything, and the API keeps nothing for the phone', async ({ page, request }) => {
  // Console errors include Content-Security-Policy violations: the island must run under the production headers.
  const consoleErrors = collectErrors(page);
  const phone = freshPhone();

  await page.goto('/campaigns/reading-month-2019/');
  await page.getByRole('button', { name: '提交报名' }).scrollIntoViewIfNeeded();
  await page.getByLabel('姓名').fill('韩书宁');
  await page.getByLabel('手机号').fill(phone);
  await page.getByLabel('工作单位').fill('苏州示例纺织有限公司');
  await page.getByLabel(/我已阅读并同意/).check();
  await page.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByTestId('registration-success')).toContainText('报名成功');
  const code = (await page.getByTestId('confirmation-code').innerText()).replace(/\s/g, '');

  // The page is reached from the site's header.
  await page.getByRole('banner').getByRole('link', { name: '我的参与' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的参与' })).toBeVisible();
  await page.getByLabel('手机号', { exact: true }).fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByLabel('验证码', { exact: true })).toBeVisible();
  await page.getByLabel('验证码', { exact: true }).fill(await devCode(request, phone));
  await page.getByRole('button', { name: '验证手机号' }).click();

  const registrations = page.getByTestId('me-registrations');
  await expect(registrations).toContainText('职工读书月');
  await expect(registrations).toContainText('已报名');
  await expect(registrations).toContainText(code);
  await expect(registrations).toContainText('韩书宁');
  await expect(registrations).toContainText(`${phone.slice(0, 3)}****${phone.slice(7)}`);
  await expect(registrations).toContainText('未签到');
  await expect(page.getByTestId('me-no-votes')).toBeVisible();
  // Only the masked phone is shown.
  await expect(page.locator('body')).not.toContainText(phone);

  await page.getByRole('button', { name: '删除我的全部记录' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByTestId('me-deleted')).toContainText('已删除 1 条报名记录');
  await expect(page.getByTestId('me-no-registrations')).toBeVisible();
  await expect(page.getByTestId('me-no-votes')).toBeVisible();
  await expect(page.getByRole('button', { name: '删除我的全部记录' })).toHaveCount(0);

  // The API agrees: nothing is left for the phone.
  const token = await page.evaluate(() => JSON.parse(sessionStorage.getItem('union.participant') ?? 'null') as { token: string } | null);
  expect(token).not.toBeNull();
  const mine = await request.get(`${E2E.api}/v1/me`, { headers: { authorization: `Bearer ${token!.token}` } });
  expect(mine.status()).toBe(200);
  expect(await mine.json()).toEqual({ registrations: [], votes: [] });
  expect(consoleErrors).toEqual([]);
});

test('the privacy page links to 我的参与, where nothing is asked for before the phone is verified', async ({ page }) => {
  await page.goto('/privacy/');
  await page.getByRole('main').getByRole('link', { name: '我的参与' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '我的参与' })).toBeVisible();
  await page.getByLabel('手机号', { exact: true }).fill('12345');
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByTestId('verify-error')).toHaveText('请输入正确的 11 位手机号');
});
