import { describe, expect, it } from 'vitest';
import Breadcrumbs from './Breadcrumbs.astro';
import Card from './Card.astro';
import EmptyState from './EmptyState.astro';
import NotFound from './NotFound.astro';
import { render } from './render.ts';

describe('Breadcrumbs', () => {
  it('is a named navigation list whose last step is the current page, not a link', async () => {
    const { document } = await render(Breadcrumbs, {
      props: { items: [{ label: '首页', href: '/model-workers/' }, { label: '劳模名录', href: '/model-workers/workers/' }, { label: '张伟' }] },
    });
    const nav = document.querySelector('nav[aria-label="面包屑"]')!;
    expect([...nav.querySelectorAll('ol > li')].map((li) => li.textContent?.trim())).toEqual(['首页', '劳模名录', '张伟']);
    expect(nav.querySelectorAll('a')).toHaveLength(2);
    expect(nav.querySelector('[aria-current="page"]')?.tagName.toLowerCase()).toBe('span');
  });

  it('shows nothing for a trail of one step (the home page)', async () => {
    const { document } = await render(Breadcrumbs, { props: { items: [{ label: '首页' }] } });
    expect(document.querySelector('nav')).toBeNull();
  });
});

describe('Card', () => {
  it('links its title at the heading level given, with meta, body and actions in order', async () => {
    const { document } = await render(Card, {
      props: { href: '/model-workers/', title: '劳模风采', headingLevel: 3, actions: [{ label: '活动详情', href: '/campaigns/model-workers-2019/' }] },
      slots: { meta: '<span>进行中</span>', default: '<p class="card__summary">简介</p>' },
    });
    const card = document.querySelector('article.card')!;
    expect(card.querySelector('h3.card__title a')?.getAttribute('href')).toBe('/model-workers/');
    expect(card.querySelector('.card__actions a')?.getAttribute('href')).toBe('/campaigns/model-workers-2019/');
    expect([...card.querySelectorAll('.card__body > *')].map((el) => el.className)).toEqual(['card__meta', 'card__title', 'card__summary', 'card__actions']);
  });

  it('leaves out the meta and actions paragraphs when they are not given', async () => {
    const { document } = await render(Card, { props: { href: '/x/', title: '无图卡片' } });
    expect(document.querySelector('h2.card__title')).not.toBeNull();
    expect(document.querySelector('.card__meta, .card__actions')).toBeNull();
  });
});

describe('EmptyState', () => {
  it('says what is missing and offers a way on', async () => {
    const { document } = await render(EmptyState, {
      props: { title: '没有符合条件的劳模', message: '换个条件试试。', action: { label: '查看全部劳模', href: '/model-workers/workers/' } },
    });
    expect(document.querySelector('.empty-state__title')?.textContent).toBe('没有符合条件的劳模');
    expect(document.querySelector('.empty-state a')?.getAttribute('href')).toBe('/model-workers/workers/');
  });
});

describe('NotFound', () => {
  it('is the designed 404: one h1, a way home and further links', async () => {
    const { document } = await render(NotFound, { props: { homeHref: '/model-workers/', links: [{ label: '搜索', href: '/model-workers/search/' }] } });
    expect([...document.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['页面未找到']);
    expect(document.querySelector('a.button')?.getAttribute('href')).toBe('/model-workers/');
    expect(document.querySelector('.not-found__links a')?.textContent).toBe('搜索');
  });
});
