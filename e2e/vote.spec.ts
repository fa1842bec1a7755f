import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E } from './stack.ts';
import { collectErrors } from './support/console-errors.ts';

// A phone number nobody else in this run uses, so the test can run again on the same data.
function freshPhone(): string {
  return `137${String(Date.now()).slice(-8)}`;
}

/** The code the local SMS provider "sent", from the local API's dev endpoint. */
async function devCode(request: APIRequestContext, phone: string): Promise<string> {
  const response = await request.get(`${E2E.api}/v1/dev/otp?phone=${phone}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { code: string }).code;
}

async function openVote(page: Page) {
  await page.goto('/campaigns/singer-contest-2019/');
  const section = page.getByRole('region', { name: '网络投票' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByText(/决赛大众投票/).first()).toBeVisible();
  return section;
}

const CANDIDATE = '港湾之声组合';

test('a worker verifies a phone, votes, sees the receipt counted and the total go up, and cannot vote for the same singer twice a day', async ({ page, request }) => {
  // Console errors include Content-Security-Policy violations: the island must run under the production headers.
  const consoleErrors = collectErrors(page);
  const phone = freshPhone();
  const section = await openVote(page);

  await section.getByLabel('手机号', { exact: true }).fill(phone);
  await section.getByRole('button', { name: '获取验证码' }).click();
  await expect(section.getByLabel('验证码', { exact: true })).toBeVisible();
  await section.getByLabel('验证码', { exact: true }).fill(await devCode(request, phone));
  await section.getByRole('button', { name: '验证手机号' }).click();
  await expect(section.getByText('手机号已验证，可以投票。')).toBeVisible();

  const item = section.getByRole('listitem').filter({ hasText: CANDIDATE });
  const count = item.getByTestId(/^votes-contestants-\d+$/);
  await expect(count).toHaveText(/^\d+ 票$/);
  const before = Number((await count.innerText()).replace(/\D/g, ''));

  await item.getByRole('button', { name: `投票给${CANDIDATE}` }).click();
  const receipt = section.getByTestId('vote-receipt');
  await expect(receipt).toContainText(`投票成功：${CANDIDATE}`);
  await expect(section.getByTestId('vote-receipt-code')).toHaveText(/^[0-9a-f]{32}$/);
  // The tally counts from the table's stream; the island follows the receipt, then reads the totals after their cache window.
  await expect(section.getByTestId('vote-status')).toHaveText('已计入', { timeout: 45_000 });
  await expect(count).toHaveText(`${before + 1} 票`, { timeout: 45_000 });

  await item.getByRole('button', { name: `投票给${CANDIDATE}` }).click();
  await expect(section.getByTestId('vote-error')).toHaveText('今天已为该选手投过票，请明天再来');
  await expect(count).toHaveText(`${before + 1} 票`);
  // Nothing on the page repeats the phone number once it is verified.
  await expect(page.locator('body')).not.toContainText(phone);
  // The 409 itself is logged by Chromium as a failed resource load; nothing else may be.
  expect(consoleErrors.filter((e) => !e.includes('409'))).toEqual([]);
});

test('a vote with an expired or forged token sends the worker back to verify the phone, with the API\'s message', async ({ page }) => {
  await page.addInitScript(() => {
    sessionStorage.setItem('union.participant', JSON.stringify({ token: 'e30.c2lnbmF0dXJl', expiresAt: new Date(Date.now() + 3_600_000).toISOString() }));
  });
  const section = await openVote(page);
  const item = section.getByRole('listitem').filter({ hasText: CANDIDATE });

  await item.getByRole('button', { name: `投票给${CANDIDATE}` }).click();

  await expect(section.getByTestId('verify-error')).toBeVisible();
  await expect(section.getByTestId('verify-error')).toHaveText(/[\u4e00-\u9fff]/);
  await expect(section.getByLabel('手机号', { exact: true })).toBeVisible();
  await expect(section.getByRole('button', { name: `投票给${CANDIDATE}` })).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem('union.participant'))).toBeNull();
});

test('bad phone input is refused in Chinese before anything is sent', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/v1/otp')) apiCalls.push(r.url());
  });
  const section = await openVote(page);
  await section.getByLabel('手机号', { exact: true }).fill('12345');
  await section.getByRole('button', { name: '获取验证码' }).click();
  await expect(section.getByTestId('verify-error')).toHaveText('请输入正确的 11 位手机号');
  expect(apiCalls).toEqual([]);
});
