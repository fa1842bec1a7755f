import type { PageType } from '../../e2e/support/page-types.ts';
import { ms, type Row } from './stats.ts';

/** The parts of a Lighthouse result (LHR) the bench table shows. */
export interface LighthouseScores {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
  runtimeError?: { code: string; message: string };
  /** Lighthouse's measure of this machine's CPU; under about 1,000 its simulated phone runs slower than a real one. */
  environment?: { benchmarkIndex: number };
}

const score = (lhr: LighthouseScores, category: string) => {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? '–' : String(Math.round(value * 100));
};

/**
 * One bench row per page type: the performance and accessibility scores out of 100, with LCP, TBT
 * and CLS, and the machine's benchmark index, since a slow or busy machine inflates simulated TBT.
 */
export function lighthouseRow(pageType: Pick<PageType, 'label' | 'path'>, lhr: LighthouseScores): Row {
  const metric = (audit: string) => lhr.audits[audit]?.numericValue;
  const lcp = metric('largest-contentful-paint');
  const tbt = metric('total-blocking-time');
  const cls = metric('cumulative-layout-shift');
  const metrics = [
    `LCP ${lcp === undefined ? '–' : `${(lcp / 1000).toFixed(1)} s`}`,
    `TBT ${tbt === undefined ? '–' : ms(tbt)}`,
    `CLS ${cls === undefined ? '–' : cls.toFixed(3)}`,
    ...(lhr.environment ? [`benchmarkIndex ${Math.round(lhr.environment.benchmarkIndex)}`] : []),
  ].join(', ');
  return {
    figure: `Lighthouse mobile ${pageType.label} ${pageType.path}: performance / accessibility`,
    value: `${score(lhr, 'performance')} / ${score(lhr, 'accessibility')}`,
    goal: '100 / 100',
    note: lhr.runtimeError ? `${metrics}; ${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : metrics,
  };
}
