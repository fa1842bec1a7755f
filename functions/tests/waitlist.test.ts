import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { registrationResponseSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { expectError } from './support/expect-error.ts';
import { INTERNAL_TOKEN, openRules, registrationBody, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

type Registered = { phone: string; code: string; status: string; position?: number | undefined };

async function openCampaign(registration: NonNullable<Parameters<typeof openRules>[1]>['registration']): Promise<string> {
  const slug = uniqueSlug('wait');
  expect((await api.putRules(openRules(slug, { registration }))).status).toBe(200);
  return slug;
}

async function register(slug: string, phone = uniquePhone()): Promise<Registered> {
  const res = await api.register(slug, registrationBody(phone));
  expect(res.status).toBe(201);
  const { registration } = registrationResponseSchema.parse(await res.json());
  return { phone, code: registration.confirmationCode, status: registration.status, position: registration.waitlistPosition };
}

const cancel = (slug: string, body: unknown) => api.request('POST', `/v1/campaigns/${slug}/registrations/cancel`, { body });

interface Row {
  confirmationCode: string;
  status: string;
  waitlistPosition: number | null;
}

async function list(slug: string): Promise<Row[]> {
  const res = await api.request('GET', `/v1/internal/campaigns/${slug}/registrations?limit=500`, {
    headers: { authorization: `Bearer ${INTERNAL_TOKEN}` },
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { registrations: Row[]; nextCursor: string | null };
  expect(body.nextCursor).toBeNull();
  return body.registrations;
}

/** Confirmation codes of the waitlist, first in line first. */
async function waitlistOrder(slug: string): Promise<string[]> {
  return (await list(slug))
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => Number(a.waitlistPosition) - Number(b.waitlistPosition))
    .map((r) => r.confirmationCode);
}

async function counter(slug: string) {
  return (await api.scan()).find((item) => item.pk === `CAMPAIGN#${slug}` && item.sk === 'COUNT#REGISTRATIONS');
}

describe('waitlist', () => {
  it('200 parallel registrations for 50 seats → exactly 50 confirmed and 150 waitlisted, and cancellations promote in order', async () => {
    const slug = await openCampaign({ capacity: 50 });

    const registered = await Promise.all(Array.from({ length: 200 }, () => register(slug)));

    const confirmed = registered.filter((r) => r.status === 'confirmed');
    const waitlisted = registered.filter((r) => r.status === 'waitlisted');
    expect(confirmed).toHaveLength(50);
    expect(waitlisted).toHaveLength(150);
    for (const r of waitlisted) expect(r.position).toBeGreaterThanOrEqual(1);
    expect(await counter(slug)).toMatchObject({ confirmed: 50, waitlisted: 150 });
    const order = await waitlistOrder(slug);
    expect(order).toHaveLength(150);
    expect(new Set(order)).toEqual(new Set(waitlisted.map((r) => r.code)));
    const rows = await list(slug);
    expect(rows.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition).sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 150 }, (_, i) => i + 1),
    );

    const leaving = confirmed.slice(0, 5);
    const answers = await Promise.all(leaving.map((r) => cancel(slug, { phone: r.phone, confirmationCode: r.code })));

    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    const after = await list(slug);
    const status = new Map(after.map((r) => [r.confirmationCode, r.status]));
    for (const r of leaving) expect(status.get(r.code)).toBe('cancelled');
    // Exactly the five first in line, each promoted once.
    for (const code of order.slice(0, 5)) expect(status.get(code)).toBe('confirmed');
    expect(after.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(await waitlistOrder(slug)).toEqual(order.slice(5));
    expect(await counter(slug)).toMatchObject({ confirmed: 50, waitlisted: 145 });
    const entries = (await api.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}` && String(item.sk).startsWith('WAIT#'));
    expect(entries).toHaveLength(145);
    // DynamoDB Local takes ~130 transactions a second, shared with the other test files: a generous limit, not a speed goal.
  }, 300_000);

  it('answers a waitlisted registration with its position, and REGISTRATION_FULL once the waitlist is full', async () => {
    const slug = await openCampaign({ capacity: 1, waitlistCapacity: 2 });

    expect(await register(slug)).toMatchObject({ status: 'confirmed', position: undefined });
    expect(await register(slug)).toMatchObject({ status: 'waitlisted', position: 1 });
    expect(await register(slug)).toMatchObject({ status: 'waitlisted', position: 2 });
    await expectError(await api.register(slug, registrationBody(uniquePhone())), 409, 'REGISTRATION_FULL', '报名名额已满');

    expect(await counter(slug)).toMatchObject({ confirmed: 1, waitlisted: 2 });
    expect((await api.registrations(slug)).length).toBe(3);
  });

  it('takes a waitlisted person off the list when they cancel, and moves the others up', async () => {
    const slug = await openCampaign({ capacity: 1 });
    await register(slug);
    const [first, second, third] = [await register(slug), await register(slug), await register(slug)];

    expect((await cancel(slug, { phone: second!.phone, confirmationCode: second!.code })).status).toBe(200);

    expect(await waitlistOrder(slug)).toEqual([first!.code, third!.code]);
    expect(await counter(slug)).toMatchObject({ confirmed: 1, waitlisted: 2 });
    expect(await register(slug)).toMatchObject({ status: 'waitlisted', position: 3 });
  });

  it('frees the place of a cancelled confirmed registration when nobody waits, for the next registration', async () => {
    const slug = await openCampaign({ capacity: 1 });
    const only = await register(slug);

    expect((await cancel(slug, { phone: only.phone, confirmationCode: only.code })).status).toBe(200);

    expect(await counter(slug)).toMatchObject({ confirmed: 0 });
    expect(await register(slug)).toMatchObject({ status: 'confirmed' });
    expect(await counter(slug)).toMatchObject({ confirmed: 1 });
  });

  it('lets a phone register again after cancelling, with a new code; the old code finds nothing', async () => {
    const slug = await openCampaign({ capacity: 1 });
    const other = await register(slug);
    const mine = await register(slug);
    expect(mine.status).toBe('waitlisted');
    expect((await cancel(slug, { phone: mine.phone, confirmationCode: mine.code })).status).toBe(200);

    const again = await register(slug, mine.phone);

    expect(again.code).not.toBe(mine.code);
    expect(again).toMatchObject({ status: 'waitlisted', position: 1 });
    await expectError(await cancel(slug, { phone: mine.phone, confirmationCode: mine.code }), 404, 'REGISTRATION_NOT_FOUND');
    // The confirmed person leaving promotes the phone's new registration.
    expect((await cancel(slug, { phone: other.phone, confirmationCode: other.code })).status).toBe(200);
    const rows = await list(slug);
    expect(rows.find((r) => r.confirmationCode === again.code)?.status).toBe('confirmed');
    expect(await counter(slug)).toMatchObject({ confirmed: 1, waitlisted: 0 });
  });

  it('skips a waitlist entry whose registration the TTL already deleted, and promotes the next person', async () => {
    const slug = await openCampaign({ capacity: 1 });
    const holder = await register(slug);
    const expired = await register(slug);
    const next = await register(slug);
    // The TTL deletes items one at a time: here the registration went before its waitlist entry.
    const gone = (await api.registrations(slug)).find((item) => item.confirmationCode === expired.code);
    await createDocumentClient(api.client).send(new DeleteCommand({ TableName: api.tableName, Key: { pk: gone?.pk, sk: gone?.sk } }));

    expect((await cancel(slug, { phone: holder.phone, confirmationCode: holder.code })).status).toBe(200);

    const rows = await list(slug);
    expect(rows.find((r) => r.confirmationCode === next.code)?.status).toBe('confirmed');
    expect(await counter(slug)).toMatchObject({ confirmed: 1, waitlisted: 0 });
    expect((await api.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}` && String(item.sk).startsWith('WAIT#'))).toEqual([]);
  });
});
