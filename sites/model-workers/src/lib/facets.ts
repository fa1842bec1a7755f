import type { ModelWorker } from '@union/content';
import { DISTRICTS, HONOR_LEVELS, INDUSTRIES, optionLabel, type District, type HonorLevel, type Industry } from '@union/schemas';
import type { FacetKey, Filter } from './routes.ts';

/** The four ways the list can be narrowed, in the order the filter bar shows them. */
export const FACETS: readonly { key: FacetKey; label: string }[] = [
  { key: 'level', label: '荣誉级别' },
  { key: 'year', label: '获评年份' },
  { key: 'industry', label: '所属行业' },
  { key: 'district', label: '所在地区' },
];

/** The part of a model worker the facets read. */
export type FacetedWorker = Pick<ModelWorker, 'honors' | 'isEraCraftsman' | 'craftsmanYear' | 'industry' | 'district'>;

/** One value of a facet with the number of model workers it selects. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

const LEVEL_RANK: Record<HonorLevel, number> = { national: 0, provincial: 1, municipal: 2 };

/**
 * The facet values a model worker is listed under. A worker appears under every level and every
 * year of any of their honors (苏州时代工匠 counts as a municipal honor of its year), so a worker
 * with a municipal 2018 and a national 2019 honor is on both level pages and both year pages.
 */
export function facetValues(worker: FacetedWorker): Record<FacetKey, string[]> {
  const levels = new Set<HonorLevel>(worker.honors.map((h) => h.level));
  const years = new Set<number>(worker.honors.map((h) => h.year));
  if (worker.isEraCraftsman) {
    levels.add('municipal');
    if (worker.craftsmanYear !== null) years.add(worker.craftsmanYear);
  }
  return {
    level: [...levels].sort((a, b) => LEVEL_RANK[a] - LEVEL_RANK[b]),
    year: [...years].sort((a, b) => b - a).map(String),
    industry: worker.industry ? [worker.industry] : [],
    district: worker.district ? [worker.district] : [],
  };
}

/** Whether a model worker is listed under a filter. */
export function matchesFilter(worker: FacetedWorker, filter: Filter): boolean {
  return facetValues(worker)[filter.facet].includes(filter.value);
}

/** The Chinese label of a facet value: 全国, 2018 年, 制造业, 吴中区. */
export function facetValueLabel(facet: FacetKey, value: string): string {
  switch (facet) {
    case 'level':
      return optionLabel(HONOR_LEVELS, value as HonorLevel);
    case 'year':
      return `${value} 年`;
    case 'industry':
      return optionLabel(INDUSTRIES, value as Industry);
    case 'district':
      return optionLabel(DISTRICTS, value as District);
  }
}

/**
 * Every facet value that selects at least one model worker, with its count: levels highest first,
 * years newest first, industries and districts in the CMS's order. Values no one has are left out,
 * so no filter leads to an empty page.
 */
export function facetOptions(workers: readonly FacetedWorker[]): Record<FacetKey, FacetOption[]> {
  const counts: Record<FacetKey, Map<string, number>> = { level: new Map(), year: new Map(), industry: new Map(), district: new Map() };
  for (const worker of workers) {
    const values = facetValues(worker);
    for (const { key } of FACETS) for (const value of values[key]) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  }
  const inOrder = (facet: FacetKey, order: readonly string[]) =>
    order.filter((value) => counts[facet].has(value)).map((value) => ({ value, label: facetValueLabel(facet, value), count: counts[facet].get(value)! }));
  return {
    level: inOrder('level', HONOR_LEVELS.map((o) => o.value)),
    year: inOrder('year', [...counts.year.keys()].sort((a, b) => Number(b) - Number(a))),
    industry: inOrder('industry', INDUSTRIES.map((o) => o.value)),
    district: inOrder('district', DISTRICTS.map((o) => o.value)),
  };
}

/** For the home: how many model workers hold an honor of each level (the count each level's list page shows), and the total. */
export function countsByLevel(workers: readonly FacetedWorker[]): { total: number; levels: FacetOption[] } {
  const levels = facetOptions(workers).level;
  return {
    total: workers.length,
    levels: HONOR_LEVELS.map(({ value, label }) => ({ value, label, count: levels.find((l) => l.value === value)?.count ?? 0 })),
  };
}

const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');

/** The rank of a worker's highest honor level: 0 national, 1 provincial, 2 municipal, 3 none. */
function highestLevelRank(worker: FacetedWorker): number {
  return Math.min(3, ...facetValues(worker).level.map((level) => LEVEL_RANK[level as HonorLevel]));
}

function latestYear(worker: FacetedWorker): number {
  return Math.max(0, ...facetValues(worker).year.map(Number));
}

/**
 * The order of every list: featured model workers first, then by highest honor level, then by
 * their most recent honor, then by name in pinyin order (so 陈 comes before 王, as readers expect).
 */
export function sortWorkers<W extends FacetedWorker & Pick<ModelWorker, 'featured' | 'name'>>(workers: readonly W[]): W[] {
  return [...workers].sort(
    (a, b) =>
      Number(b.featured) - Number(a.featured) ||
      highestLevelRank(a) - highestLevelRank(b) ||
      latestYear(b) - latestYear(a) ||
      pinyin.compare(a.name, b.name),
  );
}
