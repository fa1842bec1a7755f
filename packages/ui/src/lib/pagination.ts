/** One slot of a pagination bar: a page number, or a gap shown as an ellipsis. */
export type PaginationItem = { kind: 'page'; page: number } | { kind: 'gap'; key: string };

export interface PaginationOptions {
  /** Pages shown on each side of the current one. */
  siblings?: number;
  /** Pages always shown at each end. */
  boundaries?: number;
}

/**
 * The page numbers to link from a bar, with gaps, for page `current` of `total`. A gap is only
 * used where it hides two or more pages: hiding one page behind "…" takes as much room as the link.
 */
export function paginationItems(current: number, total: number, options: PaginationOptions = {}): PaginationItem[] {
  const { siblings = 1, boundaries = 1 } = options;
  if (!Number.isInteger(total) || total < 1) return [];
  const page = Math.min(Math.max(Math.trunc(current) || 1, 1), total);
  // As many slots as the widest bar with gaps would take: then every page fits.
  if (total <= 2 * boundaries + 2 * siblings + 3) return Array.from({ length: total }, (_, i) => ({ kind: 'page', page: i + 1 }));
  const shown = new Set<number>();
  for (let p = 1; p <= Math.min(boundaries, total); p++) shown.add(p);
  for (let p = Math.max(total - boundaries + 1, 1); p <= total; p++) shown.add(p);
  for (let p = Math.max(page - siblings, 1); p <= Math.min(page + siblings, total); p++) shown.add(p);

  const sorted = [...shown].sort((a, b) => a - b);
  const items: PaginationItem[] = [];
  let previous = 0;
  for (const p of sorted) {
    if (p - previous === 2) items.push({ kind: 'page', page: p - 1 });
    else if (p - previous > 2) items.push({ kind: 'gap', key: `gap-${previous}-${p}` });
    items.push({ kind: 'page', page: p });
    previous = p;
  }
  return items;
}

/**
 * The URL of page `page` of a list whose first page is `baseHref`: `/workers/`, `/workers/2/`, ...
 * The scheme of Astro's `paginate()` on a `[...page]` route built as directories.
 */
export function pageHref(baseHref: string, page: number): string {
  const base = baseHref.endsWith('/') ? baseHref : `${baseHref}/`;
  return page <= 1 ? base : `${base}${page}/`;
}
