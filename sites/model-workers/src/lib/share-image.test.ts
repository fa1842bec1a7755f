import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordedWorkers } from './fixtures/workers.ts';
import { shareCardOf, sharePortraitUrl } from './share-card.ts';
import { findCjkFont, renderShareImage, shareImageSvg, svgToPngCached, textWidth, wrapItems, wrapText, type ShareCard } from './share-image.ts';

const card: ShareCard = {
  name: '王建国',
  honors: ['全国五一劳动奖章', '省技术能手', '苏州时代工匠'],
  employer: '苏州示例建设工程集团有限公司',
  monogram: '王',
  siteName: '劳模风采',
  organisation: '示例市总工会',
};

let font: string;
beforeAll(async () => {
  font = await findCjkFont();
});

/** The raw RGB pixels of a region of a PNG. */
async function region(png: Buffer, area: { left: number; top: number; width: number; height: number }) {
  return sharp(png).extract(area).removeAlpha().raw().toBuffer();
}

describe('findCjkFont', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'no-fonts-'));
    await writeFile(join(empty, 'fonts.conf'), `<?xml version="1.0"?>\n<fontconfig><cachedir>${empty}</cachedir></fontconfig>\n`);
  });
  afterAll(() => rm(empty, { recursive: true, force: true }));

  it('finds a Simplified Chinese font through fontconfig', () => {
    expect(font).toMatch(/CJK|Han|SC|Hei/);
  });

  it('refuses to go on, saying what to install, when fontconfig knows no Chinese font', async () => {
    await expect(findCjkFont({ env: { ...process.env, FONTCONFIG_FILE: join(empty, 'fonts.conf') } })).rejects.toThrow(
      /no font covering Chinese is installed .*fonts-noto-cjk/s,
    );
  });

  it('says fontconfig is missing when fc-list cannot run', async () => {
    await expect(findCjkFont({ env: { PATH: empty } })).rejects.toThrow(/fontconfig \(`fc-list`\) did not run/);
  });
});

// Rendering takes a few hundred milliseconds; far more on a loaded CI machine running other suites.
describe('renderShareImage', { timeout: 30_000 }, () => {
  it('draws a 1200×630 PNG for Open Graph and a 500×500 one for WeChat', async () => {
    const og = await renderShareImage(card, 'og', { fontFamily: font });
    const square = await renderShareImage(card, 'square', { fontFamily: font });
    expect(await sharp(og).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(await sharp(square).metadata()).toMatchObject({ format: 'png', width: 500, height: 500 });
  });

  it('draws Chinese names as real glyphs: two names give different pixels where boxes would be alike', async () => {
    const nameArea = { left: 450, top: 120, width: 700, height: 120 };
    const a = await region(await renderShareImage(card, 'og', { fontFamily: font }), nameArea);
    const b = await region(await renderShareImage({ ...card, name: '李秀梅' }, 'og', { fontFamily: font }), nameArea);
    let differing = 0;
    for (let i = 0; i < a.length; i += 3) if (Math.abs(a[i]! - b[i]!) > 64) differing++;
    expect(differing).toBeGreaterThan(500);
  });

  it('draws the portrait in the circle when there is one, and the first character of the name when there is none', async () => {
    const blue = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1040c0' } }).png().toBuffer();
    const centre = { left: 200, top: 200, width: 10, height: 10 };
    const withPortrait = await region(await renderShareImage(card, 'og', { fontFamily: font, portrait: blue }), { ...centre, top: 190 });
    expect([withPortrait[0], withPortrait[1], withPortrait[2]]).toEqual([0x10, 0x40, 0xc0]);
    const svg = shareImageSvg(card, 'og', font, null);
    expect(svg).toContain('>王</text>');
    expect(svg).not.toContain('<image');
  });

  it('escapes names and employers, so markup in the CMS cannot break the SVG', async () => {
    const svg = shareImageSvg({ ...card, name: '王<建>&国', employer: '"示例"公司' }, 'square', font, null);
    expect(svg).toContain('王&lt;建&gt;&amp;国');
    expect(svg).toContain('&quot;示例&quot;公司');
    await expect(sharp(Buffer.from(svg)).png().toBuffer()).resolves.toBeInstanceOf(Buffer);
  });

  it('keeps a very long name on the image in at most two lines', () => {
    const svg = shareImageSvg({ ...card, name: '阿卜杜热合曼·买买提艾力·示例尔肯江·示例名字很长很长的人' }, 'og', font, null);
    const nameLines = [...svg.matchAll(/font-size="52" font-weight="700"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(nameLines).toHaveLength(2);
    expect(nameLines[1]!.endsWith('…')).toBe(true);
  });
});

describe('svgToPngCached', { timeout: 30_000 }, () => {
  let cache: string;
  beforeAll(async () => {
    cache = await mkdtemp(join(tmpdir(), 'share-cache-'));
  });
  afterAll(() => rm(cache, { recursive: true, force: true }));

  it('draws an image once and reuses the file for the same SVG, but not for a changed one', async () => {
    const svg = shareImageSvg(card, 'square', font, null);
    const first = await svgToPngCached(svg, join(cache, 'images'));
    const [file] = await readdir(join(cache, 'images'));
    expect(await sharp(first).metadata()).toMatchObject({ width: 500, height: 500 });

    // Whatever the cached file holds is what a rebuild serves: proof it was not drawn again.
    await writeFile(join(cache, 'images', file!), 'cached');
    expect((await svgToPngCached(svg, join(cache, 'images'))).toString()).toBe('cached');
    const changed = await svgToPngCached(shareImageSvg({ ...card, employer: '苏州示例港务有限公司' }, 'square', font, null), join(cache, 'images'));
    expect(changed.toString()).not.toBe('cached');
    expect(await readdir(join(cache, 'images'))).toHaveLength(2);
  });

  it('still draws the image when the cache folder cannot be written', async () => {
    await writeFile(join(cache, 'not-a-folder'), '');
    const png = await svgToPngCached(shareImageSvg(card, 'square', font, null), join(cache, 'not-a-folder'));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 500 });
  });
});

describe('wrapText and wrapItems', () => {
  it('measures CJK characters as one em and Latin letters and digits as about half', () => {
    expect(textWidth('劳模')).toBe(2);
    expect(textWidth('DCS')).toBeCloseTo(1.68);
    expect(textWidth('热合曼·买买提')).toBe(7);
  });

  it('wraps by width and ends a cut text with …', () => {
    expect(wrapText('苏州示例建设工程集团有限公司', 6, 3)).toEqual(['苏州示例建设', '工程集团有限', '公司']);
    expect(wrapText('苏州示例建设工程集团有限公司', 6, 2)).toEqual(['苏州示例建设', '工程集团有…']);
  });

  it('moves a whole honor to the next line rather than splitting it', () => {
    expect(wrapItems(['全国五一劳动奖章', '省技术能手', '苏州时代工匠'], '·', 16, 2)).toEqual(['全国五一劳动奖章·省技术能手', '苏州时代工匠']);
    expect(wrapItems(['全国五一劳动奖章', '省技术能手', '苏州时代工匠'], '·', 9, 2)).toEqual(['全国五一劳动奖章', '省技术能手…']);
  });
});

describe('shareCardOf', () => {
  it('says who the worker is, three honors at most, and whose site it is', () => {
    const wang = recordedWorkers().find((w) => w.name === '王建国')!;
    expect(shareCardOf(wang, { organisationName: '示例市总工会' })).toEqual({ ...card });
    expect(sharePortraitUrl(wang)).toBe('http://localhost:5400/api/media/file/portrait-male-400x400.webp');
    expect(sharePortraitUrl({ portrait: null })).toBeNull();
  });
});
