import { describe, expect, it } from 'vitest';
import { absoluteUrl, createRoutes, filterParam } from './routes.ts';

const routes = createRoutes('/model-workers');

describe('createRoutes', () => {
  it('puts every page under the base with a trailing slash, whether or not the base has one', () => {
    expect(routes.home()).toBe('/model-workers/');
    expect(createRoutes('/model-workers/').home()).toBe('/model-workers/');
    expect(routes.worker(3)).toBe('/model-workers/profiles/3/');
    expect(routes.studio(11)).toBe('/model-workers/studios/11/');
    expect(routes.craftsmen()).toBe('/model-workers/craftsmen/');
    expect(routes.searchIndex()).toBe('/model-workers/search-index/');
  });

  it('gives the list and its single-facet filters the design system’s page scheme: page n of a list is `<list>n/`', () => {
    expect(routes.workers()).toBe('/model-workers/workers/');
    expect(routes.workers(null, 1)).toBe('/model-workers/workers/');
    expect(routes.workers(null, 2)).toBe('/model-workers/workers/2/');
    expect(routes.workers({ facet: 'level', value: 'national' })).toBe('/model-workers/workers/level/national/');
    expect(routes.workers({ facet: 'year', value: '2018' }, 3)).toBe('/model-workers/workers/year/2018/3/');
    expect(routes.workers({ facet: 'district', value: 'wuzhong' })).toBe('/model-workers/workers/district/wuzhong/');
  });

  it('names the share images, QR code, sitemap and robots.txt as files', () => {
    expect(routes.shareImage(3, 'og')).toBe('/model-workers/profiles/3/share.png');
    expect(routes.shareImage(3, 'square')).toBe('/model-workers/profiles/3/share-square.png');
    expect(routes.qrCode(3)).toBe('/model-workers/profiles/3/qr.svg');
    expect(routes.sitemap()).toBe('/model-workers/sitemap.xml');
    expect(routes.robots()).toBe('/model-workers/robots.txt');
  });

  it('works at the origin root too', () => {
    expect(createRoutes('/').worker(3)).toBe('/profiles/3/');
    expect(createRoutes('').home()).toBe('/');
  });
});

describe('filterParam', () => {
  it('is the rest parameter of the list route: undefined for the first page of everyone', () => {
    expect(filterParam(null)).toBeUndefined();
    expect(filterParam(null, 2)).toBe('2');
    expect(filterParam({ facet: 'industry', value: 'manufacturing' })).toBe('industry/manufacturing');
    expect(filterParam({ facet: 'industry', value: 'manufacturing' }, 4)).toBe('industry/manufacturing/4');
  });
});

describe('absoluteUrl', () => {
  it('puts a path of the site on the public origin', () => {
    expect(absoluteUrl('/model-workers/profiles/3/', 'https://union.example.org')).toBe('https://union.example.org/model-workers/profiles/3/');
    expect(absoluteUrl('/model-workers/', 'https://union.example.org/')).toBe('https://union.example.org/model-workers/');
  });
});
