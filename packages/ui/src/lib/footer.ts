/** The record-lookup site of the MIIT, where an ICP number must link (工信部备案管理系统). */
export const ICP_LOOKUP_URL = 'https://beian.miit.gov.cn/';

/** A `tel:` link for a phone number as editors write it (`0512-0000 0000`), or null when it has no digits. */
export function telHref(phone: string): string | null {
  const dialable = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d/.test(dialable) ? `tel:${dialable}` : null;
}

/** The lines of a multi-line text field, without the empty ones. */
export function textLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}
