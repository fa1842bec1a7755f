import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange, formatDateTime, formatDateTimeRange } from './dates.ts';

describe('formatDate', () => {
  it('shows the date in Asia/Shanghai, not UTC', () => {
    // 16:00 UTC on 19 November is already 20 November in Suzhou.
    expect(formatDate('2026-11-19T16:00:00.000Z')).toBe('2026年11月20日');
  });
});

describe('formatDateTime', () => {
  it('shows 24-hour time in Asia/Shanghai', () => {
    expect(formatDateTime('2026-11-20T01:05:00.000Z')).toBe('2026年11月20日 09:05');
    expect(formatDateTime('2026-12-10T15:59:59.000Z')).toBe('2026年12月10日 23:59');
  });
});

describe('formatDateRange', () => {
  it('omits the year of the end when both dates fall in the same year', () => {
    expect(formatDateRange('2026-11-19T16:00:00.000Z', '2026-12-20T15:59:59.000Z')).toBe('2026年11月20日 – 12月20日');
  });

  it('repeats the year when the range crosses a new year', () => {
    expect(formatDateRange('2026-12-19T16:00:00.000Z', '2027-01-10T10:00:00.000Z')).toBe('2026年12月20日 – 2027年1月10日');
  });

  it('shows a single date for a one-day campaign', () => {
    expect(formatDateRange('2026-05-01T01:00:00.000Z', '2026-05-01T10:00:00.000Z')).toBe('2026年5月1日');
  });

  it('says 起 when the campaign has no end date', () => {
    expect(formatDateRange('2026-06-01T00:00:00.000Z', null)).toBe('2026年6月1日起');
  });
});

describe('formatDateTimeRange', () => {
  it('shows registration windows with times', () => {
    expect(formatDateTimeRange('2026-11-19T16:00:00.000Z', '2026-12-10T10:00:00.000Z')).toBe('2026年11月20日 00:00 – 12月10日 18:00');
    expect(formatDateTimeRange('2026-11-20T01:00:00.000Z', '2026-11-20T09:30:00.000Z')).toBe('2026年11月20日 09:00 – 17:30');
  });
});
