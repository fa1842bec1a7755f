import { campaignSlug } from '@union/schemas';
import type { CollectionSlug, TextFieldSingleValidation } from 'payload';

export const SLUG_FORMAT_MESSAGE = '链接标识只能包含小写英文字母、数字和连字符（如 reading-month-2019），不超过 80 个字符';
export const SLUG_TAKEN_MESSAGE = '该链接标识已被其他活动使用，请换一个';

/**
 * Validation for a URL slug: the shared format rule, then a friendly uniqueness check.
 * The unique index stays the real guarantee; this only gives editors a clear message first.
 */
export function uniqueSlug(collection: CollectionSlug): TextFieldSingleValidation {
  return async (value, { id, event, req }) => {
    if (typeof value !== 'string' || value.length === 0) return '请填写链接标识';
    if (!campaignSlug.safeParse(value).success) return SLUG_FORMAT_MESSAGE;
    // Form-state validation runs on every keystroke; query the database only on submit.
    if (event === 'onChange') return true;
    const { totalDocs } = await req.payload.count({
      collection,
      where: id === undefined ? { slug: { equals: value } } : { and: [{ slug: { equals: value } }, { id: { not_equals: id } }] },
      overrideAccess: true,
      req,
    });
    return totalDocs > 0 ? SLUG_TAKEN_MESSAGE : true;
  };
}
