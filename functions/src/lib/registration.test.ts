import type { CampaignRules } from '@union/schemas';
import { describe, expect, it } from 'vitest';
import { localKeyProvider, personalDataCipher } from './data-keys.ts';
import { newRegistration, personalContext, registrationExpiresAt } from './registration.ts';

const rules: CampaignRules = {
  slug: 'reading-2026',
  title: '职工读书月',
  kind: 'reading-month',
  registration: { enabled: true, opensAt: null, closesAt: '2026-04-30T23:59:59+08:00' },
  updatedAt: '2026-03-01T00:00:00Z',
};
const now = new Date('2026-04-01T08:00:00Z');

describe('registrationExpiresAt', () => {
  it('keeps data 180 days after registration closes', () => {
    expect(registrationExpiresAt(rules, now)).toBe(Date.parse('2026-04-30T15:59:59Z') / 1000 + 180 * 86400);
  });

  it('keeps data one year after registering when registration never closes', () => {
    const open = { registration: { ...rules.registration, closesAt: null } };
    expect(registrationExpiresAt(open, now)).toBe(now.getTime() / 1000 + 365 * 86400);
  });
});

describe('newRegistration', async () => {
  const cipher = personalDataCipher(localKeyProvider('unit-test-data-key-0123456789abcdef'));
  const record = await newRegistration(
    rules,
    { name: '张伟', phone: '13812345678', workUnit: '市第一机床厂', consent: true, consents: ['notifications', 'notifications'] },
    { now, phoneHashKey: 'unit-test-key-0123456789abcdef0123', cipher },
  );

  it('records consent per purpose at the registration time, each purpose once', () => {
    expect(record.consents).toEqual([
      { purpose: 'registration', at: '2026-04-01T08:00:00.000Z', version: '2019-1' },
      { purpose: 'notifications', at: '2026-04-01T08:00:00.000Z', version: '2019-1' },
    ]);
    expect(record.registeredAt).toBe('2026-04-01T08:00:00.000Z');
  });

  it('holds the phone only masked and hashed, and name and work unit only sealed', () => {
    expect(record.phoneMasked).toBe('138****5678');
    const text = JSON.stringify(record);
    for (const clear of ['13812345678', '1234', '张伟', '机床厂']) expect(text).not.toContain(clear);
  });

  it('seals the personal fields so they open for this registration only', async () => {
    expect(await cipher.open(record.personal, personalContext(rules.slug, record.phoneHash))).toEqual({
      name: '张伟',
      workUnit: '市第一机床厂',
      phone: '13812345678',
    });
    await expect(cipher.open(record.personal, personalContext('other-campaign', record.phoneHash))).rejects.toThrow();
  });
});
