import { describe, expect, it } from 'vitest';
import { campaignRulesSchema, campaignStatus, registrationWindow } from './campaign.ts';
import { maskPhone } from './phone.ts';

describe('campaignStatus', () => {
  const dates = { startsAt: '2019-04-01T00:00:00+08:00', endsAt: '2019-04-30T23:59:59+08:00' };
  it('is upcoming before the start', () => {
    expect(campaignStatus(dates, new Date('2019-03-31T12:00:00+08:00'))).toBe('upcoming');
  });
  it('is running between start and end', () => {
    expect(campaignStatus(dates, new Date('2019-04-15T12:00:00+08:00'))).toBe('running');
  });
  it('is ended after the end', () => {
    expect(campaignStatus(dates, new Date('2019-05-01T00:00:00+08:00'))).toBe('ended');
  });
  it('keeps running without an end date', () => {
    expect(campaignStatus({ startsAt: dates.startsAt }, new Date('2030-01-01'))).toBe('running');
  });
});

describe('registrationWindow', () => {
  const base = { enabled: true, opensAt: '2019-04-01T00:00:00+08:00', closesAt: '2019-04-10T00:00:00+08:00' };
  it('is open inside the window', () => {
    expect(registrationWindow({ registration: base }, new Date('2019-04-05T00:00:00+08:00'))).toEqual({ open: true });
  });
  it('says why it is closed', () => {
    expect(registrationWindow({ registration: { ...base, enabled: false } })).toEqual({ open: false, reason: 'DISABLED' });
    expect(registrationWindow({ registration: base }, new Date('2019-03-01T00:00:00+08:00'))).toEqual({ open: false, reason: 'NOT_STARTED' });
    expect(registrationWindow({ registration: base }, new Date('2019-05-01T00:00:00+08:00'))).toEqual({ open: false, reason: 'ENDED' });
  });
  it('is open at any time when no window is set', () => {
    expect(registrationWindow({ registration: { enabled: true, opensAt: null, closesAt: null } })).toEqual({ open: true });
  });
});

describe('campaignRulesSchema', () => {
  it('refuses an unknown kind', () => {
    const result = campaignRulesSchema.safeParse({
      slug: 'x',
      title: 'x',
      kind: 'lottery',
      registration: { enabled: true, opensAt: null, closesAt: null },
      updatedAt: '2019-04-01T00:00:00.000Z',
    });
    expect(result.success).toBe(false);
  });
});

describe('maskPhone', () => {
  it('keeps the first three and last four digits', () => {
    expect(maskPhone('13800138000')).toBe('138****8000');
  });
});
