import type { PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { SLUG_FORMAT_MESSAGE, SLUG_TAKEN_MESSAGE, uniqueSlug } from './uniqueSlug.ts';

const validate = uniqueSlug('campaigns');
const optionsWith = (totalDocs: number, extra: Record<string, unknown> = {}) =>
  ({ req: { payload: { count: async () => ({ totalDocs }) } } as unknown as PayloadRequest, ...extra }) as unknown as Parameters<
    typeof validate
  >[1];

describe('uniqueSlug', () => {
  it('accepts a free, well-formed slug', async () => {
    expect(await validate('reading-month-2019', optionsWith(0))).toBe(true);
  });

  it('refuses upper case, spaces and Chinese characters with a Chinese message', async () => {
    for (const slug of ['Reading-Month', 'reading month', '读书月', '-leading', 'double--hyphen']) {
      expect(await validate(slug, optionsWith(0))).toBe(SLUG_FORMAT_MESSAGE);
    }
  });

  it('refuses a slug another document uses', async () => {
    expect(await validate('reading-month-2019', optionsWith(1, { id: 5 }))).toBe(SLUG_TAKEN_MESSAGE);
  });

  it('asks for a slug when it is empty', async () => {
    expect(await validate('', optionsWith(0))).toBe('请填写链接标识');
  });

  it('skips the database while the editor is still typing', async () => {
    expect(await validate('reading-month-2019', optionsWith(1, { event: 'onChange' }))).toBe(true);
  });
});
