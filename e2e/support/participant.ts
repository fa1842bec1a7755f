import { expect, type APIRequestContext } from '@playwright/test';

/** A phone number nobody else in this run uses (the prefix tells the specs apart), so a test can run again on the same data. */
export function freshPhone(prefix: '135' | '136' | '138' | '139'): string {
  return `${prefix}${String(Date.now()).slice(-8)}`;
}

/** The code the local SMS provider "sent", from the local API's dev endpoint (through the site's /v1/ proxy, so any stack works). */
export async function devCode(request: APIRequestContext, phone: string): Promise<string> {
  const response = await request.get(`/v1/dev/otp?phone=${phone}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { code: string }).code;
}
