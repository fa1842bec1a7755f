import type { Page } from '@playwright/test';

/**
 * Collects the page's console errors and uncaught exceptions from now on. Console errors include
 * Content-Security-Policy violations: the sites must run under the production headers.
 */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}
