import { describe, expect, it } from 'vitest';
import { telHref, textLines } from './footer.ts';

describe('telHref', () => {
  it('dials the digits of a number as editors write it', () => {
    expect(telHref('0512-0000 0000')).toBe('tel:051200000000');
    expect(telHref('+86 512 6000 0000')).toBe('tel:+8651260000000');
  });

  it('gives no link for text without digits', () => {
    expect(telHref('见各区工会')).toBeNull();
  });
});

describe('textLines', () => {
  it('splits a text area into its non-empty lines', () => {
    expect(textLines('第一行\r\n\n  第二行 ')).toEqual(['第一行', '第二行']);
    expect(textLines(null)).toEqual([]);
  });
});
