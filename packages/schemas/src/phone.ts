/** Mainland China mobile numbers: 11 digits starting with 1 and 3–9. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** Strips spaces, dashes and a +86/0086 prefix, so people may type the number as they write it. */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s-]/g, '');
  return compact.replace(/^(?:\+86|0086)/, '');
}

/** Masks a phone number for screens and exports: 138****1234. */
export function maskPhone(phone: string): string {
  const p = normalizePhone(phone);
  if (p.length < 7) return '*'.repeat(p.length);
  return `${p.slice(0, 3)}****${p.slice(-4)}`;
}
