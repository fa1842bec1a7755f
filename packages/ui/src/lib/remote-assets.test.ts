import { describe, expect, it } from 'vitest';
import { findRemoteAssets } from './remote-assets.ts';

describe('findRemoteAssets', () => {
  it('finds images, srcset candidates, scripts and stylesheets loaded from another host', () => {
    const html = `
      <img src="http://localhost:3200/api/media/file/a.webp" alt="">
      <img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, https://cms.example.org/b.webp 800w">
      <script src="//cdn.example.org/x.js"></script>
      <link rel="stylesheet" href="https://fonts.example.org/css">`;
    expect(findRemoteAssets(html)).toEqual([
      'http://localhost:3200/api/media/file/a.webp',
      'https://cms.example.org/b.webp',
      '//cdn.example.org/x.js',
      'https://fonts.example.org/css',
    ]);
  });

  it('ignores links people follow, the canonical link and local or inline assets', () => {
    const html = `
      <link rel="canonical" href="https://portal.example.org/">
      <a href="https://example.org" rel="noopener">外部链接</a>
      <a href="mailto:privacy@union.example.org">邮箱</a>
      <link rel="stylesheet" href="/_astro/BaseLayout.css">
      <img src="/_astro/a.webp" srcset="/_astro/a-400.webp 400w, /_astro/a-800.webp 800w">
      <img src="data:image/gif;base64,R0lGOD">`;
    expect(findRemoteAssets(html)).toEqual([]);
  });
});
