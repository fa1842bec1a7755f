import type { CampaignRules } from '@union/schemas';
import { describe, expect, it } from 'vitest';
import { newRegistration, registrationExpiresAt } from './registration.ts';

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

describe('newRegistration', () => {
  const record = newRegistration(
    rules,
    { name: '张伟', phone: '13812345678', workUnit: '市第一机床厂', consent: true },
    { now, phoneHashKey: 'unit-test-key-0123456789abcdef0123' },
  );

  it('records consent for the registration purpose at the registration time', () => {
    expect(record.consent).toEqual({ purpose: 'registration', at: '2026-04-01T08:00:00.000Z', version: '2019-1' });
    expect(record.registeredAt).toBe('2026-04-01T08:00:00.000Z');
  });

  it('holds the phone only masked and hashed', () => {
    expect(record.phoneMasked).toBe('138****5678');
    expect(JSON.stringify(record)).not.toContain('13812345678');
    expect(JSON.stringify(record)).not.toContain('1234');
  });
});
