import { isValidIsbn, INVALID_ISBN_MESSAGE } from '@union/schemas';
import type { TextFieldSingleValidation } from 'payload';
import { text } from 'payload/shared';

export const HTTP_URL_MESSAGE = '请填写以 http:// 或 https:// 开头的完整网址';
export const PLACE_OR_LINK_MESSAGE = '请填写活动地点或线上链接';

/** Payload's own text check (required, length) first, then `rule` on a non-empty value. */
function textWith(rule: (value: string, siblingData: Record<string, unknown>) => string | true): TextFieldSingleValidation {
  return async (value, options) => {
    const builtIn = await text(value, options);
    if (builtIn !== true) return builtIn;
    return rule(typeof value === 'string' ? value.trim() : '', (options.siblingData ?? {}) as Record<string, unknown>);
  };
}

/** An optional ISBN: empty, or one that passes isValidIsbn. */
export const validateIsbn = textWith((value) => (value === '' || isValidIsbn(value) ? true : INVALID_ISBN_MESSAGE));

/** An optional web address: empty, or an absolute http/https URL. */
export const validateHttpUrl = textWith((value) => {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? true : HTTP_URL_MESSAGE;
  } catch {
    return HTTP_URL_MESSAGE;
  }
});

/** This field or its sibling `other` must be filled in (a place or an online link). */
export function thisOrSibling(other: string, message: string): TextFieldSingleValidation {
  return textWith((value, siblingData) => {
    const sibling = siblingData[other];
    return value !== '' || (typeof sibling === 'string' && sibling.trim() !== '') ? true : message;
  });
}

/** ICP filing numbers as printed in site footers, e.g. 苏ICP备12345678号-1; checked loosely. */
export const ICP_PATTERN = /^[\u4e00-\u9fa5]ICP备\d{6,10}号(?:-\d{1,3})?$/;
export const ICP_MESSAGE = 'ICP 备案号格式不正确，应类似 苏ICP备12345678号-1';

/** An optional ICP filing number matching ICP_PATTERN. */
export const validateIcpNumber = textWith((value) => (value === '' || ICP_PATTERN.test(value) ? true : ICP_MESSAGE));
