import { describe, expect, it } from 'vitest';
import { buildShareMeta, documentTitle, type MetaTag } from './share-meta.ts';

const find = (tags: MetaTag[], key: string) =>
  tags.find((tag) => ('property' in tag ? tag.property : 'name' in tag ? tag.name : tag.itemprop) === key)?.content;

describe('buildShareMeta', () => {
  const page = { title: '张伟', description: '全国劳动模范，某某机械厂高级焊工。', url: 'https://union.example.org/model-workers/workers/12/', siteName: '劳模风采' };

  it('carries the Open Graph essentials in Chinese locale', () => {
    const tags = buildShareMeta({ ...page, type: 'profile' });
    expect(find(tags, 'og:title')).toBe('张伟');
    expect(find(tags, 'og:description')).toBe(page.description);
    expect(find(tags, 'og:type')).toBe('profile');
    expect(find(tags, 'og:url')).toBe(page.url);
    expect(find(tags, 'og:site_name')).toBe('劳模风采');
    expect(find(tags, 'og:locale')).toBe('zh_CN');
  });

  it('makes a share image absolute and gives WeChat the same picture through itemprop', () => {
    const tags = buildShareMeta({ ...page, image: { url: '/model-workers/workers/12/share.png', width: 1200, height: 630, alt: '张伟的分享图' } });
    expect(find(tags, 'og:image')).toBe('https://union.example.org/model-workers/workers/12/share.png');
    expect(find(tags, 'og:image:width')).toBe('1200');
    expect(find(tags, 'og:image:height')).toBe('630');
    expect(find(tags, 'og:image:alt')).toBe('张伟的分享图');
    expect(find(tags, 'twitter:card')).toBe('summary_large_image');
    expect(find(tags, 'name')).toBe('张伟');
    expect(find(tags, 'description')).toBe(page.description);
    expect(find(tags, 'image')).toBe('https://union.example.org/model-workers/workers/12/share.png');
  });

  it('gives WeChat its own square thumbnail when the page has one, keeping the wide image for Open Graph', () => {
    const tags = buildShareMeta({
      ...page,
      image: { url: '/model-workers/profiles/12/share.png', width: 1200, height: 630, alt: '张伟的分享图' },
      thumbnail: { url: '/model-workers/profiles/12/share-square.png', width: 500, height: 500, alt: '张伟的分享图' },
    });
    expect(find(tags, 'og:image')).toBe('https://union.example.org/model-workers/profiles/12/share.png');
    expect(find(tags, 'image')).toBe('https://union.example.org/model-workers/profiles/12/share-square.png');
    expect(tags.filter((tag) => 'itemprop' in tag && tag.itemprop === 'image')).toHaveLength(1);
  });

  it('leaves every image tag out when there is no image, and describes an image with no alt by the title', () => {
    const without = buildShareMeta(page);
    expect(find(without, 'og:image')).toBeUndefined();
    expect(find(without, 'image')).toBeUndefined();
    expect(find(without, 'twitter:card')).toBe('summary');
    const noAlt = buildShareMeta({ ...page, image: { url: 'https://cdn.example.org/a.png', width: 500, height: 500, alt: '' } });
    expect(find(noAlt, 'og:image:alt')).toBe('张伟');
  });

  it('refuses a page URL that is not absolute, since crawlers cannot resolve it', () => {
    expect(() => buildShareMeta({ ...page, url: '/model-workers/' })).toThrow();
  });
});

describe('documentTitle', () => {
  it('appends the site name to a page title and uses the home title on the home page', () => {
    expect(documentTitle('个人信息处理规则', '市总工会职工活动平台')).toBe('个人信息处理规则 · 市总工会职工活动平台');
    expect(documentTitle(undefined, '市总工会职工活动平台', '市总工会 · 职工主题活动')).toBe('市总工会 · 职工主题活动');
    expect(documentTitle(undefined, '劳模风采')).toBe('劳模风采');
  });
});
