import { describe, expect, it } from 'vitest';
import { modeSwitchHref, safeBackPath } from './mode-switch.ts';

describe('safeBackPath', () => {
  it('keeps a path on this origin', () => {
    expect(safeBackPath('/')).toBe('/');
    expect(safeBackPath('/model-workers/workers/2/')).toBe('/model-workers/workers/2/');
  });

  it('refuses anything that could leave the origin', () => {
    for (const hostile of ['//evil.example/', '/\\evil.example', 'https://evil.example/', 'evil', '', '/a\nb', 'javascript:alert(1)']) {
      expect(safeBackPath(hostile), hostile).toBe('/');
    }
  });
});

describe('modeSwitchHref', () => {
  it('turns elder mode on or off and comes back to the page', () => {
    expect(modeSwitchHref('on', '/campaigns/reading-month-2019/')).toBe('/_mode?elder=on&back=/campaigns/reading-month-2019/');
    expect(modeSwitchHref('off', '/model-workers/')).toBe('/_mode?elder=off&back=/model-workers/');
  });

  it('encodes what would break the query, and keeps an already encoded path decodable once', () => {
    const href = modeSwitchHref('on', '/industry/%E5%88%B6%E9%80%A0/?a=1&b=2#x');
    const back = new URL(href, 'https://example.org').searchParams.get('back');
    expect(back).toBe('/industry/%E5%88%B6%E9%80%A0/?a=1&b=2#x');
    expect(href).not.toContain('&b=');
    expect(href).not.toContain('#');
  });

  it('sends a hostile path back to the home page', () => {
    expect(modeSwitchHref('on', '//evil.example/')).toBe('/_mode?elder=on&back=/');
  });
});
