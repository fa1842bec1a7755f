import { describe, expect, it } from 'vitest';
import { recordedWorkers, studio } from './fixtures/workers.ts';
import { createRoutes } from './routes.ts';
import { robotsTxt, sitemapEntries, sitemapXml } from './seo.ts';

const routes = createRoutes('/model-workers');

describe('sitemapEntries', () => {
  it('lists the canonical pages and every profile and studio by absolute URL with its last change', () => {
    const workers = recordedWorkers().slice(0, 2);
    const studios = [studio({ id: 1, name: '陈立新劳模创新工作室', updatedAt: '2026-11-30T08:00:00.000Z' })];
    const entries = sitemapEntries({ workers, studios }, routes, 'https://union.example.org');

    expect(entries.map((e) => e.loc)).toEqual([
      'https://union.example.org/model-workers/',
      'https://union.example.org/model-workers/workers/',
      'https://union.example.org/model-workers/studios/',
      'https://union.example.org/model-workers/craftsmen/',
      'https://union.example.org/model-workers/search/',
      'https://union.example.org/model-workers/profiles/1/',
      'https://union.example.org/model-workers/profiles/3/',
      'https://union.example.org/model-workers/studios/1/',
    ]);
    expect(entries[5]!.lastmod).toBe(workers[0]!.updatedAt);
    expect(entries[2]!.lastmod).toBe('2026-11-30T08:00:00.000Z');
    // The home changes whenever anything it shows does.
    expect(entries[0]!.lastmod).toBe([...workers.map((w) => w.updatedAt), '2026-11-30T08:00:00.000Z'].sort().at(-1));
  });

  it('still lists the fixed pages when nothing is published', () => {
    const entries = sitemapEntries({ workers: [], studios: [] }, routes, 'https://union.example.org');
    expect(entries).toHaveLength(5);
    expect(entries[0]!.lastmod).toBeNull();
  });
});

describe('sitemapXml', () => {
  it('writes a sitemaps.org urlset with dates only and escaped URLs', () => {
    const xml = sitemapXml([
      { loc: 'https://union.example.org/model-workers/?a=1&b=2', lastmod: '2026-12-02T06:57:55.184Z' },
      { loc: 'https://union.example.org/model-workers/search/' },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://union.example.org/model-workers/?a=1&amp;b=2</loc><lastmod>2026-12-02</lastmod></url>\n' +
        '<url><loc>https://union.example.org/model-workers/search/</loc></url>\n</urlset>\n',
    );
  });
});

describe('robotsTxt', () => {
  it('allows everything and names each sitemap by absolute URL', () => {
    expect(robotsTxt(['https://union.example.org/sitemap.xml', 'https://union.example.org/model-workers/sitemap.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://union.example.org/sitemap.xml\nSitemap: https://union.example.org/model-workers/sitemap.xml\n',
    );
  });
});
