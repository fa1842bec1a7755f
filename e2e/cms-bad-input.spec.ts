import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E } from './stack.ts';

const SLUG = 'singer-contest-2019';

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post(`${E2E.cms}/api/users/login`, { data: { email: E2E.adminEmail, password: E2E.adminPassword } });
  expect(login.ok()).toBe(true);
  return { authorization: `JWT ${((await login.json()) as { token: string }).token}` };
}

type ErrorBody = { errors: { message: string; data?: { errors?: { path: string; message: string }[] } }[] };

test('the CMS refuses an invalid ISBN over REST with the field and its Chinese message, storing nothing', async ({ request }) => {
  const headers = await adminHeaders(request);
  const { docs } = (await (await request.get(`${E2E.cms}/api/books?limit=1&depth=0`, { headers })).json()) as { docs: { id: number; isbn: string }[] };
  const book = docs[0]!;

  const response = await request.patch(`${E2E.cms}/api/books/${book.id}`, { headers, data: { isbn: '978-7-111-11111-0', _status: 'published' } });
  expect(response.status()).toBe(400);
  const body = (await response.json()) as ErrorBody;
  expect(body.errors[0]?.data?.errors?.map((e) => e.path)).toEqual(['isbn']);
  expect(body.errors[0]?.message).toMatch(/ISBN/);
  expect(body.errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  const stored = (await (await request.get(`${E2E.cms}/api/books/${book.id}?depth=0`)).json()) as { isbn: string };
  expect(stored.isbn).toBe(book.isbn);
});

test('a capacity below the confirmed registrations is refused in the admin with both numbers, and the live rules stay', async ({ page, request }) => {
  test.setTimeout(120_000);
  // Two workers register, so the API holds two confirmed places.
  for (const phone of ['13700000101', '13700000102']) {
    const registered = await request.post(`${E2E.site}/v1/campaigns/${SLUG}/registrations`, {
      data: { name: '测试职工', phone, workUnit: '苏州示例电子有限公司', consent: true },
    });
    expect([201, 409]).toContain(registered.status());
  }

  const headers = await adminHeaders(request);
  const { docs } = (await (await request.get(`${E2E.cms}/api/campaigns?where[slug][equals]=${SLUG}&depth=0`, { headers })).json()) as {
    docs: { id: number; registration: Record<string, unknown> & { capacity?: number | null } }[];
  };
  const campaign = docs[0]!;
  const overRest = await request.patch(`${E2E.cms}/api/campaigns/${campaign.id}`, {
    headers,
    data: { registration: { ...campaign.registration, capacity: 1 }, _status: 'published' },
  });
  expect(overRest.status()).toBe(400);
  const body = (await overRest.json()) as ErrorBody;
  expect(body.errors[0]?.data?.errors).toEqual([{ path: 'registration.capacity', message: '名额（1）不能少于已报名人数（2）' }]);

  // The same refusal in the admin, beside the 名额 field.
  await page.goto(`${E2E.cms}/admin/login`);
  await page.locator('#field-email').fill(E2E.adminEmail);
  await page.locator('#field-password').fill(E2E.adminPassword);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('仪表板').first()).toBeVisible();
  await page.goto(`${E2E.cms}/admin/collections/campaigns/${campaign.id}`);
  await page.locator('#field-registration__capacity').fill('1');
  await page.getByRole('button', { name: '发布修改' }).click();
  // Payload marks the field (1 错误 on its group) and keeps the message in the field's error tooltip.
  await expect(page.getByText('1 错误').first()).toBeVisible();
  await expect(page.locator('.tooltip-content', { hasText: '名额（1）不能少于已报名人数（2）' }).first()).toBeAttached();
  await page.screenshot({ path: test.info().outputPath('capacity-refused.png') });

  const live = (await (await request.get(`${E2E.cms}/api/campaigns/${campaign.id}?depth=0`)).json()) as { registration: { capacity?: number | null } };
  expect(live.registration.capacity ?? null).toBe(campaign.registration.capacity ?? null);
});
