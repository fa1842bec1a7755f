import { describe, expect, it } from 'vitest';
import SiteLayout from './SiteLayout.astro';
import { render, TEST_SITE } from './render.ts';

const base = {
  description: '全国劳动模范，某某机械厂高级焊工。',
  siteName: '劳模风采',
  homeHref: '/model-workers/',
  settings: { organisationName: '示例市总工会', contactPhone: null, contactEmail: null, footerText: null, icpNumber: null },
};
const meta = (document: Document, selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute('content');

describe('SiteLayout', () => {
  it('titles the page in Chinese with the site name and a canonical URL on the public origin', async () => {
    const { document } = await render(SiteLayout, { props: { ...base, title: '张伟' }, path: '/model-workers/workers/12/' });

    expect(document.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(document.title).toBe('张伟 · 劳模风采');
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${TEST_SITE}/model-workers/workers/12/`);
    expect(document.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('carries Open Graph, twitter:card and the itemprop microdata WeChat reads, with the share image absolute', async () => {
    const shareImage = { url: '/model-workers/workers/12/share.png', width: 1200, height: 630, alt: '张伟' };
    const { document } = await render(SiteLayout, { props: { ...base, title: '张伟', ogType: 'profile', shareImage }, path: '/model-workers/workers/12/' });

    expect(meta(document, 'property="og:title"')).toBe('张伟');
    expect(meta(document, 'property="og:type"')).toBe('profile');
    expect(meta(document, 'property="og:url"')).toBe(`${TEST_SITE}/model-workers/workers/12/`);
    expect(meta(document, 'property="og:image"')).toBe(`${TEST_SITE}/model-workers/workers/12/share.png`);
    expect(meta(document, 'property="og:image:width"')).toBe('1200');
    expect(meta(document, 'property="og:site_name"')).toBe('劳模风采');
    expect(meta(document, 'property="og:locale"')).toBe('zh_CN');
    expect(meta(document, 'name="twitter:card"')).toBe('summary_large_image');
    expect(document.documentElement.hasAttribute('itemscope')).toBe(true);
    expect(meta(document, 'itemprop="name"')).toBe('张伟');
    expect(meta(document, 'itemprop="description"')).toBe(base.description);
    expect(meta(document, 'itemprop="image"')).toBe(`${TEST_SITE}/model-workers/workers/12/share.png`);
  });

  it('keeps a page out of search engines without a canonical link when asked', async () => {
    const { document } = await render(SiteLayout, { props: { ...base, title: '页面未找到', canonical: false }, path: '/model-workers/404/' });

    expect(document.querySelector('link[rel="canonical"]')).toBeNull();
    expect(meta(document, 'name="robots"')).toBe('noindex');
  });

  it('links the mode stylesheet, starts with the skip link and has the landmarks in order', async () => {
    const { document } = await render(SiteLayout, {
      props: { ...base, title: '劳模名录', breadcrumbs: [{ label: '首页', href: '/model-workers/' }, { label: '劳模名录' }] },
      slots: { default: '<h1>劳模名录</h1>' },
      path: '/model-workers/workers/',
    });

    const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'));
    expect(stylesheets.at(-1)).toBe('/_mode.css');
    expect(document.querySelector('a[href], button')?.className).toBe('skip-link');
    expect(document.querySelector('.skip-link')?.getAttribute('href')).toBe('#main');
    expect([...document.body.children].map((el) => el.tagName.toLowerCase()).filter((t) => t !== 'link' && t !== 'a')).toEqual(['header', 'main', 'footer']);
    expect(document.querySelector('main')?.id).toBe('main');
    const crumbs = document.querySelector('main nav[aria-label="面包屑"]');
    expect(crumbs?.querySelector('[aria-current="page"]')?.textContent).toBe('劳模名录');
    expect(document.querySelector('main h1')?.textContent).toBe('劳模名录');
  });

  it('uses the home title on the home page and shares it under that name', async () => {
    const { document } = await render(SiteLayout, { props: { ...base, homeTitle: '劳模风采 · 示例市总工会' }, path: '/model-workers/' });
    expect(document.title).toBe('劳模风采 · 示例市总工会');
    expect(meta(document, 'property="og:title"')).toBe('劳模风采 · 示例市总工会');
    expect(meta(document, 'name="twitter:card"')).toBe('summary');
  });
});
