// The static list pages: every model worker, and every single-facet filter, each paginated (page 1
// at the list's path, page n at `<path>n/`, as the design system's Pagination links them). They
// are plain links, so filtering works with no JavaScript at all; a later island may combine
// filters in the browser (e.g. 2018 年 + 制造业) from the same facet values, falling back to these
// pages. Each page gets the filter bar's options with their links, so it can render on its own.

import { FACETS, facetOptions, facetValueLabel, matchesFilter, sortWorkers, type FacetedWorker, type FacetOption } from './facets.ts';
import { filterParam, type FacetKey, type Filter, type Routes } from './routes.ts';

export interface ActiveFilter extends Filter {
  /** The value's label: 全国, 2018 年, 制造业. */
  label: string;
  /** The facet's label: 荣誉级别. */
  facetLabel: string;
}

/** A filter option as a link: the list narrowed to it, and whether this page shows it. */
export interface FilterLink extends FacetOption {
  href: string;
  active: boolean;
}

export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

export interface ListPage<W> {
  filter: ActiveFilter | null;
  /** This page's model workers, in list order. */
  workers: W[];
  /** How many model workers the filter selects, across all pages. */
  total: number;
  current: number;
  last: number;
  /** 1-based positions of this page's first and last worker (0 and 0 when there is none). */
  start: number;
  end: number;
  /** Where this page and its neighbours are; null where there is none. */
  url: { current: string; first: string; prev: string | null; next: string | null; last: string };
  /** Every page of this list, for a numbered pager. */
  pages: PageLink[];
  /** The filter bar: every facet with its options, each linking to its first page. */
  facets: { key: FacetKey; label: string; all: string; options: FilterLink[] }[];
}

export interface ListPagePath<W> {
  params: { filter: string | undefined };
  props: { page: ListPage<W> };
}

/**
 * `getStaticPaths` of `src/pages/workers/[...filter].astro`: the list of everyone and of each
 * facet value that selects someone, `pageSize` per page. The list of everyone always has a first
 * page, even when no one is published, so the page can show its empty state.
 */
export function listPagePaths<W extends FacetedWorker & { featured: boolean; name: string }>(
  workers: readonly W[],
  routes: Routes,
  pageSize: number,
): ListPagePath<W>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`The list page size must be a positive integer, not ${pageSize}.`);
  const sorted = sortWorkers(workers);
  const options = facetOptions(sorted);
  const lists: { filter: ActiveFilter | null; workers: W[] }[] = [{ filter: null, workers: sorted }];
  for (const { key, label: facetLabel } of FACETS) {
    for (const option of options[key]) {
      const filter = { facet: key, value: option.value };
      lists.push({
        filter: { ...filter, label: facetValueLabel(key, option.value), facetLabel },
        workers: sorted.filter((worker) => matchesFilter(worker, filter)),
      });
    }
  }

  const paths: ListPagePath<W>[] = [];
  for (const list of lists) {
    const filter = list.filter && { facet: list.filter.facet, value: list.filter.value };
    const last = Math.max(1, Math.ceil(list.workers.length / pageSize));
    const href = (page: number) => routes.workers(filter, page);
    const facets = FACETS.map(({ key, label }) => ({
      key,
      label,
      all: routes.workers(),
      options: options[key].map((option) => ({
        ...option,
        href: routes.workers({ facet: key, value: option.value }),
        active: filter?.facet === key && filter.value === option.value,
      })),
    }));
    for (let current = 1; current <= last; current++) {
      const from = (current - 1) * pageSize;
      const pageWorkers = list.workers.slice(from, from + pageSize);
      paths.push({
        params: { filter: filterParam(filter, current) },
        props: {
          page: {
            filter: list.filter,
            workers: pageWorkers,
            total: list.workers.length,
            current,
            last,
            start: pageWorkers.length ? from + 1 : 0,
            end: from + pageWorkers.length,
            url: {
              current: href(current),
              first: href(1),
              prev: current > 1 ? href(current - 1) : null,
              next: current < last ? href(current + 1) : null,
              last: href(last),
            },
            pages: Array.from({ length: last }, (_, i) => ({ number: i + 1, href: href(i + 1), current: i + 1 === current })),
            facets,
          },
        },
      });
    }
  }
  return paths;
}
