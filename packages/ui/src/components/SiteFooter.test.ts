import { describe, expect, it } from 'vitest';
import SiteFooter from './SiteFooter.astro';
import { render } from './render.ts';

const settings = {
  organisationName: '示例市总工会',
  contactPhone: '0512-0000 0000',
  contactEmail: 'contact@example.org',
  footerText: '本站为演示站点。\n所列人物、单位均为示例。',
  icpNumber: '苏ICP备00000000号-1',
};

describe('SiteFooter', () => {
  it('shows the organisation, its contacts, the footer text and the ICP number linked to the MIIT record lookup', async () => {
    const { document } = await render(SiteFooter, { props: { settings, links: [{ label: '个人信息处理规则', href: '/privacy/' }] } });
    const footer = document.querySelector('footer')!;

    expect(footer.textContent).toContain('主办：示例市总工会');
    expect(footer.querySelector('a[href="tel:051200000000"]')?.textContent).toBe('0512-0000 0000');
    expect(footer.querySelector('a[href="mailto:contact@example.org"]')?.textContent).toBe('contact@example.org');
    expect([...footer.querySelectorAll('p')].map((p) => p.textContent)).toContain('所列人物、单位均为示例。');
    const icp = footer.querySelector('a[href="https://beian.miit.gov.cn/"]');
    expect(icp?.textContent).toBe('苏ICP备00000000号-1');
    expect(footer.querySelector('a[href="/privacy/"]')?.textContent).toBe('个人信息处理规则');
  });

  it('leaves out the ICP line, the contacts and the organisation when they are empty', async () => {
    const { document } = await render(SiteFooter, {
      props: { settings: { ...settings, icpNumber: null, contactPhone: null, contactEmail: null, organisationName: null } },
    });
    const footer = document.querySelector('footer')!;

    expect(footer.querySelector('a[href="https://beian.miit.gov.cn/"]')).toBeNull();
    expect(footer.querySelector('dl')).toBeNull();
    expect(footer.textContent).not.toContain('主办');
  });

  it('renders without settings at all, and never leaves a dangling separator between links', async () => {
    const { document } = await render(SiteFooter, {
      props: { settings: null, links: [{ label: '个人信息处理规则', href: '/privacy/' }, { label: '我的参与', href: '/me/' }] },
    });
    const footer = document.querySelector('footer')!;

    expect(footer.querySelectorAll('li a')).toHaveLength(2);
    expect(footer.textContent).not.toContain('·');
  });
});
