import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { dateNotBefore } from './dateNotBefore.ts';

const MESSAGE = '结束时间不能早于开始时间';
const validate = dateNotBefore('startsAt', MESSAGE);
// Payload's built-in date check only reads `required` and `req.t`.
const optionsFor = (siblingData: Record<string, unknown>) =>
  ({ required: false, siblingData, req: { t: (key: string) => key } as unknown as PayloadRequest }) as unknown as Parameters<
    typeof validate
  >[1];

describe('dateNotBefore', () => {
  it('refuses an end before the start with the Chinese message', async () => {
    const result = await validate('2019-04-01T00:00:00.000Z' as unknown as Date, optionsFor({ startsAt: '2019-04-02T00:00:00.000Z' }));
    expect(result).toBe(MESSAGE);
  });

  it('accepts an end equal to the start', async () => {
    const at = '2019-04-01T08:00:00.000Z';
    expect(await validate(at as unknown as Date, optionsFor({ startsAt: at }))).toBe(true);
  });

  it('accepts an end after the start', async () => {
    expect(await validate(new Date('2019-05-01T00:00:00Z'), optionsFor({ startsAt: '2019-04-01T00:00:00.000Z' }))).toBe(true);
  });

  it('accepts an end when the start is still empty', async () => {
    expect(await validate(new Date('2019-05-01T00:00:00Z'), optionsFor({ startsAt: null }))).toBe(true);
  });
});
