import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../lib/contrast.ts';

/** The custom properties of a stylesheet's `:root` blocks, with `var(--x)` references resolved. */
function rootTokens(file: string, inherited: Record<string, string> = {}): Record<string, string> {
  const css = readFileSync(new URL(file, import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const tokens = { ...inherited };
  for (const block of css.matchAll(/(?:^|\})\s*:root\s*\{([^}]*)\}/g)) {
    for (const [, name, value] of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens[name!] = value!.trim();
  }
  const resolve = (value: string, depth = 0): string =>
    depth > 5 ? value : value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => resolve(tokens[name] ?? '', depth + 1));
  return Object.fromEntries(Object.entries(tokens).map(([name, value]) => [name, resolve(value)]));
}

const standard = rootTokens('./tokens.css');
const elder = rootTokens('./elder.css', standard);

// Every foreground/background pair the CSS uses for text, and the minimum it needs.
const TEXT = 4.5;
const UI = 3;
const PAIRS: [string, string, number][] = [
  ['--color-text', '--color-bg', TEXT],
  ['--color-text', '--color-surface', TEXT],
  ['--color-muted', '--color-bg', TEXT],
  ['--color-muted', '--color-surface', TEXT],
  ['--color-accent', '--color-bg', TEXT],
  ['--color-accent', '--color-accent-soft', TEXT],
  ['--color-on-accent', '--color-accent', TEXT],
  ['--color-accent-dark', '--color-bg', TEXT],
  ['--color-accent-dark', '--color-accent-soft', TEXT],
  ['--color-on-accent', '--color-accent-dark', TEXT],
  ['--color-gold-text', '--color-bg', TEXT],
  ['--color-gold-text', '--color-gold-soft', TEXT],
  ['--color-success', '--color-success-soft', TEXT],
  ['--color-border-strong', '--color-bg', UI],
  ['--color-focus', '--color-bg', UI],
];

describe.each([
  ['standard', standard],
  ['elder', elder],
])('%s mode colours', (_mode, tokens) => {
  it.each(PAIRS)('%s on %s reaches %d:1', (fg, bg, minimum) => {
    expect(contrastRatio(tokens[fg]!, tokens[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});

describe('elder mode', () => {
  it('is larger, with bigger tap targets and a thicker focus ring than standard mode', () => {
    expect(parseFloat(elder['--font-size-root']!) / parseFloat(standard['--font-size-root']!)).toBeCloseTo(1.25, 2);
    expect(parseFloat(elder['--tap']!)).toBeGreaterThanOrEqual(56);
    expect(parseFloat(elder['--focus-width']!)).toBeGreaterThan(parseFloat(standard['--focus-width']!));
    expect(elder['--columns-wide']).toBe('1');
  });

  it('never hides anything but the switch link that does not apply', () => {
    const css = readFileSync(new URL('./elder.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const hiding = [...css.matchAll(/([^{}]+)\{[^}]*(?:display\s*:\s*none|visibility\s*:\s*hidden)[^}]*\}/g)].map((m) => m[1]!.trim());
    expect(hiding).toEqual(['.mode-switch--on']);
  });
});

describe('standard tokens', () => {
  it('use only system fonts with the Chinese fallbacks, and load nothing from elsewhere', () => {
    for (const font of ['"PingFang SC"', '"Hiragino Sans GB"', '"Noto Sans CJK SC"', '"Microsoft YaHei"']) {
      expect(standard['--font-sans']).toContain(font);
    }
    for (const file of ['./tokens.css', './base.css', './layout.css', './components.css', './forms.css', './elder.css', './standard.css']) {
      const css = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(css, file).not.toMatch(/@font-face|url\(|@import\s+(url|["']https?:)/);
    }
  });
});
