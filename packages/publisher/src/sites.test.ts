import { describe, expect, it } from 'vitest';
import { isSiteId, SITE_IDS, SITES, siteUrl, sitesReading } from './sites.ts';

describe('site registry', () => {
  it('lists the portal as a site that shows campaigns and their media', () => {
    expect(sitesReading('campaigns')).toContain('portal');
    expect(sitesReading('media')).toContain('portal');
  });

  it('rebuilds the 劳模风采 microsite when model workers, studios, media, site settings or campaigns change', () => {
    for (const slug of ['model-workers', 'innovation-studios', 'media', 'site-settings', 'campaigns']) expect(sitesReading(slug)).toContain('model-workers');
    expect(sitesReading('model-workers')).toEqual(['model-workers']);
  });

  it('answers an unknown slug with no sites', () => {
    expect(sitesReading('no-such-collection')).toEqual([]);
    expect(sitesReading('')).toEqual([]);
  });

  it('recognises only registered site ids', () => {
    expect(SITE_IDS).toEqual(['portal', 'model-workers']);
    expect(isSiteId('model-workers')).toBe(true);
    expect(isSiteId('portal')).toBe(true);
    expect(isSiteId('toString')).toBe(false);
    expect(isSiteId('Portal')).toBe(false);
    expect(isSiteId(undefined)).toBe(false);
  });

  it('keys every definition by its own id and points at a workspace under sites/', () => {
    for (const id of SITE_IDS) {
      expect(SITES[id].id).toBe(id);
      expect(SITES[id].workspace).toMatch(/^sites\/[a-z-]+$/);
    }
  });

  it('serves the portal at the root of the origin', () => {
    expect(SITES.portal.basePath).toBe('/');
  });

  it('serves the 劳模风采 microsite under /model-workers/, its Astro base', () => {
    expect(SITES['model-workers'].basePath).toBe('/model-workers/');
    expect(siteUrl('https://union.example', 'model-workers')).toBe('https://union.example/model-workers/');
  });

  it('gives every site its own base path: "/" or one lower-case segment between slashes', () => {
    const bases = SITE_IDS.map((id) => SITES[id].basePath);
    for (const base of bases) expect(base).toMatch(/^\/([a-z0-9-]+\/)?$/);
    expect(new Set(bases).size).toBe(bases.length);
  });
});

describe('siteUrl', () => {
  it('joins the public origin and the site’s base path', () => {
    expect(siteUrl('http://localhost:4321', 'portal')).toBe('http://localhost:4321/');
    expect(siteUrl('https://union.example/', 'portal')).toBe('https://union.example/');
  });
});
