import { describe, expect, it } from 'vitest';
import { countsByLevel, facetOptions, facetValueLabel, facetValues, matchesFilter, sortWorkers } from './facets.ts';
import { recordedWorkers, worker } from './fixtures/workers.ts';

describe('facetValues', () => {
  it('lists a worker under every level and year of their honors, newest year first', () => {
    const wang = recordedWorkers().find((w) => w.name === '王建国')!;
    expect(facetValues(wang)).toEqual({
      level: ['national', 'provincial', 'municipal'],
      year: ['2019', '2018', '2014'],
      industry: ['construction'],
      district: ['xiangcheng'],
    });
  });

  it('counts 苏州时代工匠 as a municipal honor of its year', () => {
    const craftsman = worker({ id: 1, name: '甲', honors: [{ level: 'provincial', title: '技术能手', year: 2015 }], isEraCraftsman: true, craftsmanYear: 2019 });
    expect(facetValues(craftsman).level).toEqual(['provincial', 'municipal']);
    expect(facetValues(craftsman).year).toEqual(['2019', '2015']);
  });

  it('leaves out the industry and district a worker has none of', () => {
    const bare = worker({ id: 1, name: '乙', industry: null });
    expect(facetValues(bare)).toMatchObject({ industry: [], district: [] });
    expect(matchesFilter(bare, { facet: 'industry', value: 'manufacturing' })).toBe(false);
  });
});

describe('facetOptions', () => {
  it('counts each value once per worker, levels highest first, years newest first, the rest in the CMS order', () => {
    const options = facetOptions(recordedWorkers());
    expect(options.level).toEqual([
      { value: 'national', label: '全国', count: 1 },
      { value: 'provincial', label: '省', count: 5 },
      { value: 'municipal', label: '市', count: 11 },
    ]);
    expect(options.year.map((o) => [o.label, o.count])).toEqual([
      ['2019 年', 4],
      ['2018 年', 10],
      ['2017 年', 2],
      ['2016 年', 1],
      ['2015 年', 1],
      ['2014 年', 1],
      ['2004 年', 1],
    ]);
    expect(options.industry.map((o) => o.value)).toEqual(['manufacturing', 'electronics', 'construction', 'transport', 'chemicals', 'agriculture']);
    expect(options.district.find((o) => o.value === 'kunshan')).toEqual({ value: 'kunshan', label: '昆山市', count: 2 });
  });

  it('offers no value that would lead to an empty list', () => {
    const options = facetOptions(recordedWorkers());
    expect(Object.values(options).flat().every((o) => o.count > 0)).toBe(true);
    expect(options.district.map((o) => o.value)).not.toContain('wujiang');
  });
});

describe('countsByLevel', () => {
  it('gives every level with the number its list page shows, zero included, and the total', () => {
    const counts = countsByLevel(recordedWorkers().filter((w) => w.name !== '王建国'));
    expect(counts).toEqual({
      total: 10,
      levels: [
        { value: 'national', label: '全国', count: 0 },
        { value: 'provincial', label: '省', count: 4 },
        { value: 'municipal', label: '市', count: 10 },
      ],
    });
  });
});

describe('facetValueLabel', () => {
  it('reads each facet value in Chinese', () => {
    expect(facetValueLabel('level', 'provincial')).toBe('省');
    expect(facetValueLabel('year', '2018')).toBe('2018 年');
    expect(facetValueLabel('industry', 'public-service')).toBe('公共管理');
    expect(facetValueLabel('district', 'sip')).toBe('苏州工业园区');
  });
});

describe('sortWorkers', () => {
  it('puts featured workers first, then the highest honor, then the most recent, then names in pinyin order', () => {
    const sorted = sortWorkers([
      worker({ id: 1, name: '王芳', honors: [{ level: 'municipal', title: '劳动模范', year: 2018 }] }),
      worker({ id: 2, name: '陈静', honors: [{ level: 'municipal', title: '劳动模范', year: 2018 }] }),
      worker({ id: 3, name: '赵强', honors: [{ level: 'municipal', title: '劳动模范', year: 2020 }] }),
      worker({ id: 4, name: '李明', honors: [{ level: 'national', title: '劳动模范', year: 2005 }] }),
      worker({ id: 5, name: '周洋', honors: [{ level: 'municipal', title: '劳动模范', year: 2001 }], featured: true }),
    ]);
    expect(sorted.map((w) => w.name)).toEqual(['周洋', '李明', '赵强', '陈静', '王芳']);
  });

  it('does not reorder the array it was given', () => {
    const workers = recordedWorkers();
    const names = workers.map((w) => w.name);
    sortWorkers(workers);
    expect(workers.map((w) => w.name)).toEqual(names);
  });
});
