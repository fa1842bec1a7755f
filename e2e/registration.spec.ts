import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from './support/console-errors.ts';

// A phone number nobody else in this run uses, so the test can run again on the same data.
function freshPhone(): string {
  return `139${String(Date.now()).slice(-8)}`;
}

async function openReadingMonth(page: Page) {
  await page.goto('/');
  await page.getByRole('link', { name: /职工读书月/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('读书月');
  await page.getByRole('button', { name: '提交报名' }).scrollIntoViewIfNeeded();
}

async function fillForm(page: Page, values: { name: string; phone: string; workUnit: string }) {
  await page.getByLabel('姓名').fill(values.name);
  await page.getByLabel('手机号').fill(values.phone);
  await page.getByLabel('工作单位').fill(values.workUnit);
  await page.getByLabel(/我已阅读并同意/).check();
}

test('the home page lists every published campaign with its status and ships no JavaScript', async ({ page, request }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/职工/);
  for (const title of ['劳模', '职工读书月', '职工歌手大赛', '安康杯']) {
    await expect(page.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
  }
  for (const status of ['进行中', '未开始', '已结束']) {
    await expect(page.getByText(status).first()).toBeVisible();
  }
  const html = await (await request.get('/')).text();
  expect(html).not.toContain('<script');
  // Images are copied into the site at build time, never loaded from the CMS at run time.
  expect(html).not.toMatch(/localhost:3300|\/api\/media\//);
});

test('a worker registers, gets a confirmation code, and cannot register the same phone twice', async ({ page }) => {
  // Console errors include Content-Security-Policy violations: the island must run under the production headers.
  const consoleErrors = collectErrors(page);
  const phone = freshPhone();
  await openReadingMonth(page);
  await fillForm(page, { name: '周雨桐', phone, workUnit: '苏州示例电子有限公司' });
  await page.getByRole('button', { name: '提交报名' }).click();

  await expect(page.getByTestId('registration-success')).toContainText('报名成功');
  const code = await page.getByTestId('confirmation-code').innerText();
  expect(code.replace(/\s/g, '')).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
  await expect(page.getByTestId('registration-success')).not.toContainText(phone);
  // The check-in QR code is an inline image: nothing loaded from elsewhere, so the CSP lets it show.
  const qr = page.getByTestId('check-in-qr');
  await expect(qr).toBeVisible();
  expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
  expect(await qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  await page.reload();
  await page.getByRole('button', { name: '提交报名' }).scrollIntoViewIfNeeded();
  // The same number written another way is still the same person.
  await fillForm(page, { name: '周雨桐', phone: `+86 ${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`, workUnit: '苏州示例电子有限公司' });
  await page.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByTestId('form-error')).toContainText('该手机号已报名本活动');
  await expect(page.getByTestId('registration-success')).toHaveCount(0);
  // The 409 itself is logged by Chromium as a failed resource load; nothing else may be.
  expect(consoleErrors.filter((e) => !e.includes('409'))).toEqual([]);
});

test('bad input shows field errors in Chinese and sends nothing', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/v1/')) apiCalls.push(r.url());
  });
  await openReadingMonth(page);
  await page.getByRole('button', { name: '提交报名' }).click();
  await expect(page.getByText('请填写姓名')).toBeVisible();
  await expect(page.getByText('请填写手机号')).toBeVisible();
  await expect(page.getByText('请阅读并同意个人信息处理规则')).toBeVisible();

  await page.getByLabel('手机号').fill('12345');
  await page.getByLabel('手机号').blur();
  await expect(page.getByText('请输入正确的 11 位手机号')).toBeVisible();
  await expect(page.getByLabel('手机号')).toHaveAttribute('aria-invalid', 'true');
  expect(apiCalls).toEqual([]);
});

test('an ended campaign shows no registration form', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /安康杯/ }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('安康杯');
  await expect(page.getByText('已结束').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '提交报名' })).toHaveCount(0);
});

test('a campaign page states its rules in the words the API enforces', async ({ page }) => {
  await page.goto('/campaigns/singer-contest-2019/');
  const rules = page.getByRole('region', { name: '活动规则' });
  await expect(rules.getByText('每人每天最多投 10 票。')).toBeVisible();
  await expect(rules.getByText('每人每天最多给同一位选手投 1 票。')).toBeVisible();
  await expect(rules.getByText('投票前需通过短信验证码验证手机号，每天以北京时间计算。')).toBeVisible();
  await page.goto('/campaigns/reading-month-2019/');
  const readingRules = page.getByRole('region', { name: '活动规则' });
  await expect(readingRules.getByText('报名名额 500 人。')).toBeVisible();
  await expect(readingRules.getByText('额满后可登记候补，有人取消报名时按候补先后依次递补。')).toBeVisible();
});

test('the API refuses a registration for an unknown campaign with the error envelope', async ({ request }) => {
  const res = await request.post('/v1/campaigns/no-such-campaign/registrations', {
    data: { name: '周雨桐', phone: freshPhone(), workUnit: '苏州示例电子有限公司', consent: true },
  });
  expect(res.status()).toBe(404);
  expect(await res.json()).toEqual({ error: { code: 'CAMPAIGN_NOT_FOUND', message: '活动不存在或尚未发布' } });
});
