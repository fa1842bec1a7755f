import { INVALID_ISBN_MESSAGE } from '@union/schemas';
import type { TextFieldSingleValidation } from 'payload';
import { describe, expect, it } from 'vitest';
import { validateOptions } from './testing.ts';
import {
  HTTP_URL_MESSAGE,
  ICP_MESSAGE,
  PLACE_OR_LINK_MESSAGE,
  thisOrSibling,
  validateHttpUrl,
  validateIcpNumber,
  validateIsbn,
} from './textRules.ts';

type Options = Parameters<TextFieldSingleValidation>[1];
const options = (extra: Record<string, unknown> = {}) => validateOptions<Options>(extra);

describe('validateIsbn', () => {
  it('accepts an empty value and a valid ISBN', async () => {
    expect(await validateIsbn('', options())).toBe(true);
    expect(await validateIsbn(null, options())).toBe(true);
    expect(await validateIsbn('978-7-02-000220-7', options())).toBe(true);
  });

  it('refuses a bad check digit in Chinese', async () => {
    expect(await validateIsbn('978-7-02-000220-8', options())).toBe(INVALID_ISBN_MESSAGE);
  });
});

describe('validateHttpUrl', () => {
  it('accepts http and https addresses and an empty value', async () => {
    for (const url of ['', 'https://live.example.com/room/1', 'http://example.com']) expect(await validateHttpUrl(url, options())).toBe(true);
  });

  it('refuses other schemes and text that is not a URL', async () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.com/a', 'www.example.com', '直播间']) {
      expect(await validateHttpUrl(url, options())).toBe(HTTP_URL_MESSAGE);
    }
  });
});

describe('thisOrSibling', () => {
  const validate = thisOrSibling('onlineUrl', PLACE_OR_LINK_MESSAGE);

  it('accepts either value', async () => {
    expect(await validate('市职工书屋', options())).toBe(true);
    expect(await validate('', options({ siblingData: { onlineUrl: 'https://live.example.com' } }))).toBe(true);
  });

  it('refuses when both are empty or blank', async () => {
    expect(await validate('  ', options({ siblingData: { onlineUrl: '' } }))).toBe(PLACE_OR_LINK_MESSAGE);
    expect(await validate(undefined, options())).toBe(PLACE_OR_LINK_MESSAGE);
  });
});

describe('validateIcpNumber', () => {
  it('accepts the usual footer forms and an empty value', async () => {
    for (const icp of ['', '苏ICP备00000000号-1', '京ICP备1234567号']) expect(await validateIcpNumber(icp, options())).toBe(true);
  });

  it('refuses other text', async () => {
    for (const icp of ['ICP备00000000号', '苏ICP备abc号', '苏ICP证00000000号']) expect(await validateIcpNumber(icp, options())).toBe(ICP_MESSAGE);
  });
});
