import { describe, expect, it } from 'vitest';
import { recordedWorkers, worker } from './fixtures/workers.ts';
import { listPagePaths } from './list-pages.ts';
import { createRoutes } from './routes.ts';

const routes = createRoutes('/model-workers');

/** 50 municipal model workers of 2018 in manufacturing, plus one national of 2019 in energy. */
function manyWorkers() {
  const list = Array.from({ length: 50 }, (_, i) => worker({ id: i + 1, name: `示例${String(i).padStart(2, '0')}`, industry: 'manufacturing' }));
  list.push(worker({ id: 99, name: '国家级', industry: 'energy', honors: [{ level: 'national', title: '劳动模范', year: 2019 }] }));
  return list;
}

describe('listPagePaths', () => {
  it('makes the list of everyone and of each single facet value, each paginated', () => {
    const paths = listPagePaths(manyWorkers(), routes, 24);
    expect(paths.map((p) => p.params.filter)).toEqual([
      undefined,
      '2',
      '3',
      'level/national',
      'level/municipal',
      'level/municipal/2',
      'level/municipal/3',
      'year/2019',
      'year/2018',
      'year/2018/2',
      'year/2018/3',
      'industry/manufacturing',
      'industry/manufacturing/2',
      'industry/manufacturing/3',
      'industry/energy',
    ]);
  });

  it('gives each page its workers, position, neighbours and a numbered pager', () => {
    const second = listPagePaths(manyWorkers(), routes, 24).find((p) => p.params.filter === '2')!.props.page;
    expect(second.workers).toHaveLength(24);
    expect(second).toMatchObject({ filter: null, total: 51, current: 2, last: 3, start: 25, end: 48 });
    expect(second.url).toEqual({
      current: '/model-workers/workers/2/',
      first: '/model-workers/workers/',
      prev: '/model-workers/workers/',
      next: '/model-workers/workers/3/',
      last: '/model-workers/workers/3/',
    });
    expect(second.pages.map((p) => [p.number, p.current])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
  });

  it('puts every worker on exactly one page of each list, in list order', () => {
    const paths = listPagePaths(manyWorkers(), routes, 24);
    const everyone = paths.filter((p) => p.props.page.filter === null).flatMap((p) => p.props.page.workers.map((w) => w.name));
    expect(everyone).toHaveLength(51);
    expect(new Set(everyone).size).toBe(51);
    expect(everyone[0]).toBe('国家级');
    const lastPage = paths.find((p) => p.params.filter === '3')!.props.page;
    expect(lastPage).toMatchObject({ start: 49, end: 51 });
    expect(lastPage.url.next).toBeNull();
  });

  it('labels a filter page and marks its option active in the filter bar', () => {
    const page = listPagePaths(recordedWorkers(), routes, 24).find((p) => p.params.filter === 'district/kunshan')!.props.page;
    expect(page.filter).toEqual({ facet: 'district', value: 'kunshan', label: '昆山市', facetLabel: '所在地区' });
    expect(page.workers.map((w) => w.name).sort()).toEqual(['夏天明', '谭军'].sort());
    const districts = page.facets.find((f) => f.key === 'district')!;
    expect(districts.all).toBe('/model-workers/workers/');
    expect(districts.options.filter((o) => o.active).map((o) => o.href)).toEqual(['/model-workers/workers/district/kunshan/']);
    expect(page.facets.find((f) => f.key === 'level')!.options.some((o) => o.active)).toBe(false);
  });

  it('still makes the first page of everyone, empty, when no one is published', () => {
    const paths = listPagePaths([], routes, 24);
    expect(paths).toHaveLength(1);
    expect(paths[0]!.props.page).toMatchObject({ total: 0, current: 1, last: 1, start: 0, end: 0, workers: [] });
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => listPagePaths([], routes, 0)).toThrow(/positive integer/);
  });
});
