import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The axe rule tags of WCAG 2.2 level AA: every A and AA success criterion of 2.0, 2.1 and 2.2. */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * One line per failing element, `rule (impact) at target: help <helpUrl>`, so a failing run says
 * what to fix and where without opening a report. A target inside a frame reads
 * `frame >> element`, one inside a shadow root `host >>> element`.
 */
export function describeViolations(violations: readonly Violation[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => {
      const target = node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >> ');
      return `${violation.id} (${violation.impact ?? node.impact ?? 'unknown'}) at ${target}: ${violation.help} <${violation.helpUrl}>`;
    }),
  );
}

/** Runs axe on the page as it is now with the WCAG 2.2 AA rules, and fails listing every violation. */
export async function expectNoA11yViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG22_AA_TAGS]).analyze();
  expect(describeViolations(results.violations), `WCAG 2.2 AA violations on ${what}`).toEqual([]);
}
