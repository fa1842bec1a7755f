import type { DateField } from 'payload';
import { describe, expect, it } from 'vitest';
import { DAY_AND_TIME, dateWindow } from './dateWindow.ts';
import { validateOptions } from './testing.ts';

const MESSAGE = '报名截止时间不能早于报名开始时间';
const row = dateWindow({ name: 'opensAt', label: '报名开始时间', required: true }, { name: 'closesAt', label: '报名截止时间' }, MESSAGE);
const [start, end] = row.fields as [DateField, DateField];

describe('dateWindow', () => {
  it('puts two labelled date pickers side by side', () => {
    expect(row.type).toBe('row');
    expect([start.name, start.label, start.required]).toEqual(['opensAt', '报名开始时间', true]);
    expect([end.name, end.label, end.required]).toEqual(['closesAt', '报名截止时间', false]);
    expect(start.admin?.date).toEqual(DAY_AND_TIME);
    expect(start.validate).toBeUndefined();
  });

  it('refuses an end before the start with the given message', async () => {
    const options = validateOptions<Parameters<NonNullable<DateField['validate']>>[1]>({ siblingData: { opensAt: '2019-04-10T00:00:00.000Z' } });
    expect(await end.validate?.('2019-04-09T00:00:00.000Z' as unknown as Date, options)).toBe(MESSAGE);
    expect(await end.validate?.('2019-04-11T00:00:00.000Z' as unknown as Date, options)).toBe(true);
  });
});

describe('dateWindow with strict', () => {
  const strictRow = dateWindow({ name: 'opensAt', label: '投票开始时间', required: true }, { name: 'closesAt', label: '投票结束时间', required: true }, MESSAGE, { strict: true });
  const [, strictEnd] = strictRow.fields as [DateField, DateField];

  it('also refuses an end at the same instant as the start', async () => {
    const options = validateOptions<Parameters<NonNullable<DateField['validate']>>[1]>({ siblingData: { opensAt: '2019-04-10T00:00:00.000Z' } });
    expect(await strictEnd.validate?.('2019-04-10T00:00:00.000Z' as unknown as Date, options)).toBe(MESSAGE);
    expect(await end.validate?.('2019-04-10T00:00:00.000Z' as unknown as Date, options)).toBe(true);
    expect(await strictEnd.validate?.('2019-04-10T00:15:00.000Z' as unknown as Date, options)).toBe(true);
  });
});
