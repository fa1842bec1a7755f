import { describe, expect, it } from 'vitest';
import { pageHref, paginationItems, type PaginationItem } from './pagination.ts';

/** The bar as a reader sees it: numbers and "…". */
const bar = (items: PaginationItem[]) => items.map((item) => (item.kind === 'page' ? item.page : '…')).join(' ');

describe('paginationItems', () => {
  it('shows nothing for an empty list and a lone 1 for a single page', () => {
    expect(paginationItems(1, 0)).toEqual([]);
    expect(bar(paginationItems(1, 1))).toBe('1');
  });

  it('lists every page when there are few', () => {
    expect(bar(paginationItems(1, 5))).toBe('1 2 3 4 5');
    expect(bar(paginationItems(3, 5))).toBe('1 2 3 4 5');
  });

  it('hides the pages far from the current one behind ellipses at either end', () => {
    expect(bar(paginationItems(1, 13))).toBe('1 2 … 13');
    expect(bar(paginationItems(7, 13))).toBe('1 … 6 7 8 … 13');
    expect(bar(paginationItems(13, 13))).toBe('1 … 12 13');
  });

  it('shows a single hidden page as its number instead of an ellipsis', () => {
    expect(bar(paginationItems(4, 13))).toBe('1 2 3 4 5 … 13');
    expect(bar(paginationItems(10, 13))).toBe('1 … 9 10 11 12 13');
  });

  it('keeps a page out of range inside 1..N', () => {
    expect(bar(paginationItems(0, 4))).toBe('1 2 3 4');
    expect(bar(paginationItems(99, 13))).toBe('1 … 12 13');
  });

  it('gives each gap a key of its own', () => {
    const gaps = paginationItems(7, 13).filter((item) => item.kind === 'gap');
    expect(new Set(gaps.map((gap) => gap.kind === 'gap' && gap.key)).size).toBe(2);
  });
});

describe('pageHref', () => {
  it('links page 1 to the list itself and later pages to numbered folders', () => {
    expect(pageHref('/model-workers/workers/', 1)).toBe('/model-workers/workers/');
    expect(pageHref('/model-workers/workers/', 2)).toBe('/model-workers/workers/2/');
    expect(pageHref('/model-workers/workers', 3)).toBe('/model-workers/workers/3/');
  });
});
