import { describe, expect, it } from 'vitest';
import { assertLocalImage } from './images.ts';

describe('assertLocalImage', () => {
  it('accepts an image written under the site', () => {
    expect(assertLocalImage('/_astro/cover.Ab12.webp', 'http://cms/x.jpg')).toBe('/_astro/cover.Ab12.webp');
  });

  it('refuses an image that would still load from another host', () => {
    expect(() => assertLocalImage('http://localhost:3200/api/media/file/x.jpg', 'http://localhost:3200/api/media/file/x.jpg')).toThrow(
      /not optimised at build time/,
    );
    expect(() => assertLocalImage('//cdn.example.org/x.jpg', 'x')).toThrow(/remotePatterns/);
  });
});
