import { describe, expect, it } from 'vitest';
import { parseSiteEnv, staticSiteConfig } from './site.ts';

describe('parseSiteEnv', () => {
  it('defaults to the local CMS, the local static server and a same-origin API', () => {
    expect(parseSiteEnv('portal', {})).toEqual({
      CMS_URL: 'http://localhost:3000',
      SITE_URL: 'http://localhost:4321',
      PUBLIC_API_BASE: '',
    });
  });

  it('drops trailing slashes from the API base, so islands can append /v1/... to it', () => {
    expect(parseSiteEnv('portal', { PUBLIC_API_BASE: 'https://api.example.cn/' }).PUBLIC_API_BASE).toBe('https://api.example.cn');
  });

  it('refuses a value that is not a URL, naming the site and the variable', () => {
    expect(() => parseSiteEnv('model-workers site', { CMS_URL: 'cms.example.cn' })).toThrow(
      /^Invalid model-workers site environment:\n[\s\S]*CMS_URL/,
    );
    expect(() => parseSiteEnv('portal', { PUBLIC_API_BASE: '/v1' })).toThrow(/PUBLIC_API_BASE/);
  });
});

describe('staticSiteConfig', () => {
  it('builds static pages for the public origin', () => {
    const config = staticSiteConfig({ CMS_URL: 'http://localhost:3000', SITE_URL: 'https://huodong.example.cn' });
    expect(config.output).toBe('static');
    expect(config.site).toBe('https://huodong.example.cn');
    expect(config.security).toEqual({ csp: true });
  });

  it('lets the build fetch images from the CMS host only, with its port when it has one', () => {
    expect(staticSiteConfig({ CMS_URL: 'http://localhost:3000', SITE_URL: 'http://localhost:4321' }).image?.remotePatterns).toEqual([
      { protocol: 'http', hostname: 'localhost', port: '3000' },
    ]);
    expect(staticSiteConfig({ CMS_URL: 'https://cms.example.cn/', SITE_URL: 'http://localhost:4321' }).image?.remotePatterns).toEqual([
      { protocol: 'https', hostname: 'cms.example.cn' },
    ]);
  });
});
