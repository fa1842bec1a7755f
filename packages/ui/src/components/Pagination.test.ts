import { describe, expect, it } from 'vitest';
import Pagination from './Pagination.astro';
import { render } from './render.ts';

const links = (document: Document) => [...document.querySelectorAll('a')].map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href'), current: a.getAttribute('aria-current') }));

describe('Pagination', () => {
  it('marks the current page with aria-current and links its neighbours as 上一页/下一页', async () => {
    const { document } = await render(Pagination, { props: { current: 2, total: 3, baseHref: '/model-workers/workers/' } });

    expect(document.querySelector('nav')?.getAttribute('aria-label')).toBe('分页');
    expect(links(document)).toEqual([
      { text: '上一页', href: '/model-workers/workers/', current: null },
      { text: '1', href: '/model-workers/workers/', current: null },
      { text: '2', href: '/model-workers/workers/2/', current: 'page' },
      { text: '3', href: '/model-workers/workers/3/', current: null },
      { text: '下一页', href: '/model-workers/workers/3/', current: null },
    ]);
  });

  it('has no 上一页 on the first page, no 下一页 on the last, and ellipses for the pages between', async () => {
    const first = await render(Pagination, { props: { current: 1, total: 13, baseHref: '/w/' } });
    expect(links(first.document).map((l) => l.text)).toEqual(['1', '2', '13', '下一页']);
    expect(first.document.querySelectorAll('.pagination__gap')).toHaveLength(1);

    const last = await render(Pagination, { props: { current: 13, total: 13, baseHref: '/w/' } });
    expect(links(last.document).map((l) => l.text)).toEqual(['上一页', '1', '12', '13']);
    expect(last.document.querySelector('[aria-current="page"]')?.getAttribute('href')).toBe('/w/13/');
  });

  it('renders nothing for a list that fits on one page', async () => {
    const { document } = await render(Pagination, { props: { current: 1, total: 1, baseHref: '/w/' } });
    expect(document.querySelector('nav')).toBeNull();
  });
});
