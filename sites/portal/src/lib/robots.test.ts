import { describe, expect, it } from 'vitest';
import { robotsTxt } from './robots.ts';

describe('robotsTxt', () => {
  it('names the 劳模风采 sitemap by absolute URL, as crawlers only read the root robots.txt', () => {
    expect(robotsTxt('https://union.example.org')).toContain('Sitemap: https://union.example.org/model-workers/sitemap.xml');
  });

  it('keeps crawlers out of 我的参与 and lets them read everything else', () => {
    const lines = robotsTxt('https://union.example.org/').split('\n');
    expect(lines.slice(0, 3)).toEqual(['User-agent: *', 'Allow: /', 'Disallow: /me/']);
  });
});
