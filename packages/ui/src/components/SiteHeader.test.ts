import { describe, expect, it } from 'vitest';
import SiteHeader from './SiteHeader.astro';
import { render } from './render.ts';

const props = {
  siteName: '劳模风采',
  homeHref: '/model-workers/',
  nav: [
    { label: '首页', href: '/model-workers/' },
    { label: '劳模名录', href: '/model-workers/workers/' },
  ],
};

describe('SiteHeader', () => {
  it('links both elder-mode switches back to the page being rendered', async () => {
    const { document } = await render(SiteHeader, { props, path: '/model-workers/workers/2/' });

    const on = document.querySelector('a.mode-switch--on');
    const off = document.querySelector('a.mode-switch--off');
    expect(on?.textContent).toBe('开启长辈模式');
    expect(on?.getAttribute('href')).toBe('/_mode?elder=on&back=/model-workers/workers/2/');
    expect(off?.textContent).toBe('退出长辈模式');
    expect(off?.getAttribute('href')).toBe('/_mode?elder=off&back=/model-workers/workers/2/');
  });

  it('comes back to the page it is told to when the page has no address of its own', async () => {
    const { document } = await render(SiteHeader, { props: { ...props, switchBack: '/model-workers/' }, path: '/404/' });
    expect(document.querySelector('a.mode-switch--on')?.getAttribute('href')).toBe('/_mode?elder=on&back=/model-workers/');
  });

  it('links the site name home and 我的参与 to the portal, inside the banner', async () => {
    const { document } = await render(SiteHeader, { props, path: '/model-workers/' });

    const header = document.querySelector('header')!;
    expect(header.querySelector('.site-header__name')?.getAttribute('href')).toBe('/model-workers/');
    const me = [...header.querySelectorAll('a')].filter((a) => a.textContent === '我的参与');
    expect(me.map((a) => a.getAttribute('href'))).toEqual(['/me/']);
  });

  it('marks the section of the page as current in the navigation', async () => {
    const { document } = await render(SiteHeader, { props, path: '/model-workers/workers/2/' });

    expect(document.querySelector('nav')?.getAttribute('aria-label')).toBe('栏目导航');
    expect([...document.querySelectorAll('[aria-current="page"]')].map((a) => a.textContent?.trim())).toEqual(['劳模名录']);
  });

  it('leaves the navigation out when the site has no sections', async () => {
    const { document } = await render(SiteHeader, { props: { siteName: '市总工会职工活动平台', homeHref: '/' } });
    expect(document.querySelector('nav')).toBeNull();
  });
});
