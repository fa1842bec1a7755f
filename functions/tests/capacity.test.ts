import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { errorEnvelopeSchema } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../src/lib/dynamodb.ts';
import { openRules, registrationBody, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

type Rules = ReturnType<typeof openRules>;

/**
 * Open rules for a fresh campaign with `capacity` (undefined: the field is left out) and no waitlist, so a
 * full campaign refuses (the waitlist has its own tests in waitlist.test.ts).
 */
function rulesWith(capacity: number | null | undefined, slug = uniqueSlug('cap')): Rules {
  const rules = openRules(slug);
  return capacity === undefined ? rules : { ...rules, registration: { ...rules.registration, capacity, waitlistCapacity: 0 } };
}

/** The same campaign's rules, one second newer, with another capacity. */
function newer(rules: Rules, capacity: number | null): Rules {
  return {
    ...rules,
    updatedAt: new Date(Date.parse(rules.updatedAt) + 1000).toISOString(),
    registration: { ...rules.registration, capacity },
  };
}

async function publish(rules: Rules): Promise<Rules> {
  expect((await api.putRules(rules)).status).toBe(200);
  return rules;
}

async function registerMany(slug: string, count: number): Promise<Response[]> {
  return Promise.all(Array.from({ length: count }, () => api.register(slug, registrationBody(uniquePhone()))));
}

async function expectError(res: Response, code: string, message: string) {
  expect(res.status).toBe(409);
  expect(res.headers.get('cache-control')).toBe('no-store');
  const body = errorEnvelopeSchema.parse(await res.json());
  expect(body.error).toMatchObject({ code, message });
  return body.error;
}

/** Every item of the campaign's partition, by sort key kind. */
async function campaignItems(slug: string) {
  const items = (await api.scan()).filter((item) => item.pk === `CAMPAIGN#${slug}`);
  return {
    rules: items.find((item) => item.sk === 'RULES'),
    counter: items.find((item) => item.sk === 'COUNT#REGISTRATIONS'),
    registrations: items.filter((item) => String(item.sk).startsWith('REG#')),
    codes: items.filter((item) => String(item.sk).startsWith('CODE#')),
    others: items.filter(
      (item) => !['RULES', 'COUNT#REGISTRATIONS'].includes(String(item.sk)) && !/^(REG|CODE)#/.test(String(item.sk)),
    ),
  };
}

async function confirmed(slug: string): Promise<number | undefined> {
  return (await campaignItems(slug)).counter?.confirmed as number | undefined;
}

describe('registration capacity', () => {
  it('fills a capacity of 5 without a waitlist with exactly 5 of 12 concurrent registrations; the other 7 get REGISTRATION_FULL', async () => {
    const { slug } = await publish(rulesWith(5));

    const responses = await registerMany(slug, 12);

    expect(responses.filter((r) => r.status === 201)).toHaveLength(5);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(7);
    for (const res of refused) await expectError(res, 'REGISTRATION_FULL', '报名名额已满');
    const { counter, registrations, codes, others } = await campaignItems(slug);
    expect(counter).toEqual({ pk: `CAMPAIGN#${slug}`, sk: 'COUNT#REGISTRATIONS', entity: 'registration-count', confirmed: 5 });
    expect(registrations).toHaveLength(5);
    expect(registrations.map((r) => r.status)).toEqual(Array(5).fill('confirmed'));
    expect(codes).toHaveLength(5);
    expect(others).toEqual([]);
  });

  it('counts registrations of a campaign without a capacity, and never refuses them as full', async () => {
    for (const capacity of [undefined, null]) {
      const { slug } = await publish(rulesWith(capacity));

      const responses = await registerMany(slug, 8);

      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(201));
      expect(await confirmed(slug)).toBe(8);
      expect((await campaignItems(slug)).registrations).toHaveLength(8);
    }
  });

  it('answers a duplicate phone with ALREADY_REGISTERED, not REGISTRATION_FULL, and counts it once', async () => {
    const { slug } = await publish(rulesWith(1));
    const phone = uniquePhone();
    expect((await api.register(slug, registrationBody(phone))).status).toBe(201);

    // The campaign is now full as well: the duplicate must still be told it is a duplicate.
    await expectError(await api.register(slug, registrationBody(phone)), 'ALREADY_REGISTERED', '该手机号已报名本活动，请勿重复报名');
    await expectError(await api.register(slug, registrationBody(uniquePhone())), 'REGISTRATION_FULL', '报名名额已满');

    expect(await confirmed(slug)).toBe(1);
    expect((await campaignItems(slug)).registrations).toHaveLength(1);
  });

  it('does not count a refused duplicate in a campaign with places left', async () => {
    const { slug } = await publish(rulesWith(10));
    const phone = uniquePhone();
    expect((await api.register(slug, registrationBody(phone))).status).toBe(201);

    const again = await Promise.all(Array.from({ length: 5 }, () => api.register(slug, registrationBody(phone))));

    for (const res of again) await expectError(res, 'ALREADY_REGISTERED', '该手机号已报名本活动，请勿重复报名');
    expect(await confirmed(slug)).toBe(1);
  });
});

describe('changing the capacity', () => {
  it('refuses a capacity below the registrations with 409 naming both numbers, and leaves the rules as they were', async () => {
    const rules = await publish(rulesWith(10));
    expect((await registerMany(rules.slug, 3)).map((r) => r.status)).toEqual([201, 201, 201]);
    const before = await campaignItems(rules.slug);

    const res = await api.putRules({ ...newer(rules, 2), title: '改过的标题' });

    const error = await expectError(res, 'CAPACITY_BELOW_REGISTRATIONS', '名额（2）不能少于已报名人数（3）');
    expect(error.details).toEqual({ capacity: 2, registered: 3 });
    expect(await campaignItems(rules.slug)).toEqual(before);
    // The stored capacity still applies.
    expect((await api.register(rules.slug, registrationBody(uniquePhone()))).status).toBe(201);
  });

  it('accepts a capacity equal to the registrations, which closes the campaign to more', async () => {
    const rules = await publish(rulesWith(10));
    await registerMany(rules.slug, 3);

    const lowered = await publish(newer(rules, 3));

    expect((await campaignItems(rules.slug)).rules?.rules).toEqual(lowered);
    await expectError(await api.register(rules.slug, registrationBody(uniquePhone())), 'REGISTRATION_FULL', '报名名额已满');
    expect(await confirmed(rules.slug)).toBe(3);
  });

  it('takes more registrations once a full campaign’s capacity is raised, and none beyond it', async () => {
    const rules = await publish(rulesWith(2));
    await registerMany(rules.slug, 2);
    await expectError(await api.register(rules.slug, registrationBody(uniquePhone())), 'REGISTRATION_FULL', '报名名额已满');

    await publish(newer(rules, 4));
    const responses = await registerMany(rules.slug, 4);

    expect(responses.filter((r) => r.status === 201)).toHaveLength(2);
    expect(await confirmed(rules.slug)).toBe(4);
  });

  it('lifts the limit when the capacity is removed, whatever the count', async () => {
    const rules = await publish(rulesWith(1));
    await registerMany(rules.slug, 1);

    await publish(newer(rules, null));

    expect((await registerMany(rules.slug, 3)).map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await confirmed(rules.slug)).toBe(4);
  });

  it('refuses an older snapshot as STALE_RULES even when its capacity is also too low', async () => {
    const rules = await publish(rulesWith(10));
    await registerMany(rules.slug, 3);
    const before = await campaignItems(rules.slug);

    const older = { ...rules, updatedAt: new Date(Date.parse(rules.updatedAt) - 1000).toISOString() };
    const res = await api.putRules({ ...older, registration: { ...older.registration, capacity: 1 } });

    await expectError(res, 'STALE_RULES', '活动规则已有更新的版本');
    expect(await campaignItems(rules.slug)).toEqual(before);
  });

  it('never lets registrations racing a lowered capacity overshoot it', async () => {
    for (let round = 0; round < 3; round += 1) {
      const rules = await publish(rulesWith(20));

      const registering = Array.from({ length: 12 }, () => api.register(rules.slug, registrationBody(uniquePhone())));
      const [put, ...responses] = await Promise.all([api.putRules(newer(rules, 4)), ...registering]);

      const { counter, registrations } = await campaignItems(rules.slug);
      const created = responses.filter((r) => r.status === 201).length;
      expect(counter?.confirmed ?? 0).toBe(created);
      expect(registrations).toHaveLength(created);
      if (put!.status === 200) {
        expect(created).toBeLessThanOrEqual(4);
      } else {
        expect(put!.status).toBe(409);
        const { error } = errorEnvelopeSchema.parse(await put!.json());
        const registered = Number(error.details?.registered);
        expect(registered).toBeGreaterThan(4);
        expect(error).toEqual({
          code: 'CAPACITY_BELOW_REGISTRATIONS',
          message: `名额（4）不能少于已报名人数（${registered}）`,
          details: { capacity: 4, registered },
        });
      }
      for (const res of responses.filter((r) => r.status !== 201)) await expectError(res, 'REGISTRATION_FULL', '报名名额已满');
    }
  });
});

describe('rules changed behind the API’s back', () => {
  // Another Lambda instance saving rules leaves this one's short rules cache outdated; writing the
  // table directly does the same to the local server.
  const doc = () => createDocumentClient(api.client);

  it('re-reads the rules when they changed after the cached read, so a lowered capacity holds', async () => {
    const rules = await publish(rulesWith(10));
    expect((await api.register(rules.slug, registrationBody(uniquePhone()))).status).toBe(201); // caches capacity 10
    await doc().send(
      new UpdateCommand({
        TableName: api.tableName,
        Key: { pk: `CAMPAIGN#${rules.slug}`, sk: 'RULES' },
        UpdateExpression: 'SET #rules.#registration.#capacity = :one ADD #revision :one',
        ExpressionAttributeNames: { '#rules': 'rules', '#registration': 'registration', '#capacity': 'capacity', '#revision': 'revision' },
        ExpressionAttributeValues: { ':one': 1 },
      }),
    );

    await expectError(await api.register(rules.slug, registrationBody(uniquePhone())), 'REGISTRATION_FULL', '报名名额已满');
    expect(await confirmed(rules.slug)).toBe(1);
  });

  it('refuses with CAMPAIGN_NOT_FOUND, writing nothing, when the rules were deleted after the cached read', async () => {
    const rules = await publish(rulesWith(null));
    expect((await api.register(rules.slug, registrationBody(uniquePhone()))).status).toBe(201);
    await doc().send(new DeleteCommand({ TableName: api.tableName, Key: { pk: `CAMPAIGN#${rules.slug}`, sk: 'RULES' } }));

    const res = await api.register(rules.slug, registrationBody(uniquePhone()));

    expect(res.status).toBe(404);
    expect(errorEnvelopeSchema.parse(await res.json()).error.code).toBe('CAMPAIGN_NOT_FOUND');
    expect(await confirmed(rules.slug)).toBe(1);
    expect((await campaignItems(rules.slug)).registrations).toHaveLength(1);
  });

  it('takes registrations for rules stored before revisions existed', async () => {
    const rules = rulesWith(2);
    await doc().send(
      new PutCommand({
        TableName: api.tableName,
        Item: { pk: `CAMPAIGN#${rules.slug}`, sk: 'RULES', entity: 'campaign-rules', rules, updatedAtMs: Date.parse(rules.updatedAt) },
      }),
    );

    const responses = await registerMany(rules.slug, 3);

    expect(responses.map((r) => r.status).sort()).toEqual([201, 201, 409]);
    expect(await confirmed(rules.slug)).toBe(2);
  });
});
