// The share image of a profile, drawn at build time: an SVG template rendered to PNG by sharp
// (librsvg, with the system's fonts through fontconfig). 1200×630 is the Open Graph size; WeChat
// crops its thumbnail square, so a 500×500 variant is drawn for it too. No web font is involved:
// the build needs a CJK system font, and refuses to run without one rather than draw boxes.

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { graphemesOf } from './profile.ts';

const run = promisify(execFile);

export type ShareLayout = 'og' | 'square';

export const SHARE_SIZES: Record<ShareLayout, { width: number; height: number }> = {
  og: { width: 1200, height: 630 },
  square: { width: 500, height: 500 },
};

/** What a share image says about a model worker. */
export interface ShareCard {
  name: string;
  /** Highest honors first, e.g. ['全国五一劳动奖章', '省技术能手']. */
  honors: string[];
  employer: string;
  /** Shown where there is no portrait. */
  monogram: string;
  siteName: string;
  organisation?: string | null;
}

/** Families fontconfig prefers for Simplified Chinese, best first. */
const PREFERRED_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'];

/**
 * The font family the share images are set in: a system font that covers Chinese, found with
 * `fc-list :lang=zh`. Throws with what to install when there is none (or no fontconfig), since
 * librsvg would otherwise draw every character as a box.
 */
export async function findCjkFont(options: { env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  let stdout: string;
  try {
    ({ stdout } = await run('fc-list', [':lang=zh', 'family'], { env: options.env, encoding: 'utf8' }));
  } catch (cause) {
    throw new Error(
      'Cannot draw the share images: fontconfig (`fc-list`) did not run, so no Chinese font can be found. ' +
        'Install fontconfig and a CJK font, e.g. `apt-get install fontconfig fonts-noto-cjk`.',
      { cause },
    );
  }
  const families = [...new Set(stdout.split('\n').flatMap((line) => line.split(',')).map((family) => family.trim()).filter(Boolean))];
  if (families.length === 0) {
    throw new Error(
      'Cannot draw the share images: no font covering Chinese is installed (`fc-list :lang=zh` lists none), so every character ' +
        'would be drawn as a box. Install one, e.g. `apt-get install fonts-noto-cjk`.',
    );
  }
  return PREFERRED_FAMILIES.find((family) => families.includes(family)) ?? families.find((f) => /\bSC\b/.test(f) && !/Mono/.test(f)) ?? families[0]!;
}

/**
 * The width of text in ems, counting CJK and full-width characters as 1 and the rest as about half;
 * a CJK font also sets the middle dot of names (·), dashes and curly quotes a full em wide.
 */
export function textWidth(text: string): number {
  return graphemesOf(text).reduce((width, char) => width + (/[\u00b7\u2010-\u2027\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) ? 1 : 0.56), 0);
}

/** Breaks text into at most `maxLines` lines of at most `maxWidth` ems (SVG does not wrap), ending with … when cut. */
export function wrapText(text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const chars = graphemesOf(text.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (textWidth(line + char) > maxWidth) {
      if (lines.length === maxLines - 1) {
        const kept = graphemesOf(line);
        while (kept.length && textWidth(`${kept.join('')}…`) > maxWidth) kept.pop();
        lines.push(`${kept.join('').trimEnd()}…`);
        return lines;
      }
      lines.push(line.trimEnd());
      line = char === ' ' ? '' : char;
    } else {
      line += char;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Packs whole items (honors) into lines joined by `separator`, so no honor is split across lines
 * unless it is longer than a line by itself; the last line ends with … when items are left over.
 */
export function wrapItems(items: readonly string[], separator: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  let truncated = false;
  for (const item of items) {
    const joined = line ? `${line}${separator}${item}` : item;
    if (textWidth(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (lines.length === maxLines) {
      truncated = true;
      break;
    }
    // An item too long for a line of its own is wrapped by character into the lines left.
    const pieces = wrapText(item, maxWidth, maxLines - lines.length);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
    // wrapText ran out of lines: the item is cut, so nothing more fits.
    if (line.endsWith('…')) return [...lines, line];
  }
  if (line) lines.push(line);
  if (truncated) {
    const kept = graphemesOf(lines.at(-1)!);
    while (kept.length && textWidth(`${kept.join('')}…`) > maxWidth) kept.pop();
    lines[lines.length - 1] = `${kept.join('').trimEnd()}…`;
  }
  return lines;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const COLOURS = { background: '#8f1d1d', panel: '#7a1717', gold: '#e0b44c', text: '#ffffff', soft: '#f6e7c8' };

interface TextBlock {
  lines: string[];
  size: number;
  weight?: number;
  colour: string;
  /** Gap before the block, in px. */
  gap: number;
}

/**
 * The SVG of a share image. `portrait` is an image the SVG embeds (a data URL of a square PNG);
 * without one the worker's first character stands in a gold ring.
 */
export function shareImageSvg(card: ShareCard, layout: ShareLayout, fontFamily: string, portrait?: string | null): string {
  const { width, height } = SHARE_SIZES[layout];
  const og = layout === 'og';
  // The portrait sits left on the wide image and on top of the square one.
  const photo = og ? { cx: 240, cy: 315, r: 150 } : { cx: 250, cy: 120, r: 80 };
  const textX = og ? 450 : 250;
  const anchor = og ? 'start' : 'middle';
  const textWidthPx = og ? 690 : 440;
  const ems = (size: number) => textWidthPx / size;

  const nameSize = og ? (textWidth(card.name) > ems(72) ? 52 : 72) : textWidth(card.name) > ems(48) ? 34 : 48;
  const blocks: TextBlock[] = [
    { lines: wrapText(card.name, ems(nameSize), 2), size: nameSize, weight: 700, colour: COLOURS.text, gap: 0 },
    { lines: wrapItems(card.honors, ' · ', ems(og ? 34 : 22), 2), size: og ? 34 : 22, weight: 700, colour: COLOURS.gold, gap: og ? 24 : 14 },
    { lines: wrapText(card.employer, ems(og ? 30 : 20), 2), size: og ? 30 : 20, colour: COLOURS.soft, gap: og ? 20 : 12 },
  ];
  const lineHeight = (block: TextBlock) => Math.round(block.size * 1.3);
  const blockHeight = (block: TextBlock) => block.gap + block.lines.length * lineHeight(block);
  const total = blocks.reduce((sum, block) => sum + blockHeight(block), 0);
  // Centre the text beside the portrait on the wide image; start below the portrait on the square one.
  let y = og ? Math.max(60, Math.round((height - 90 - total) / 2)) : photo.cy + photo.r + 36;

  const text: string[] = [];
  for (const block of blocks) {
    y += block.gap;
    for (const line of block.lines) {
      y += lineHeight(block);
      text.push(
        `<text x="${textX}" y="${y - Math.round(block.size * 0.3)}" font-size="${block.size}"${block.weight ? ` font-weight="${block.weight}"` : ''} fill="${block.colour}" text-anchor="${anchor}">${escapeXml(line)}</text>`,
      );
    }
  }

  const footer = [card.siteName, card.organisation].filter(Boolean).join(' · ');
  const footerSize = og ? 28 : 18;
  const footerY = height - (og ? 40 : 24);
  const clip = `<clipPath id="portrait"><circle cx="${photo.cx}" cy="${photo.cy}" r="${photo.r}"/></clipPath>`;
  const picture = portrait
    ? `<image href="${escapeXml(portrait)}" x="${photo.cx - photo.r}" y="${photo.cy - photo.r}" width="${photo.r * 2}" height="${photo.r * 2}" clip-path="url(#portrait)" preserveAspectRatio="xMidYMid slice"/>`
    : `<circle cx="${photo.cx}" cy="${photo.cy}" r="${photo.r}" fill="${COLOURS.panel}"/><text x="${photo.cx}" y="${photo.cy + Math.round(photo.r * 0.36)}" font-size="${Math.round(photo.r)}" font-weight="700" fill="${COLOURS.gold}" text-anchor="middle">${escapeXml(card.monogram)}</text>`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
    `<defs>${clip}</defs>`,
    `<rect width="${width}" height="${height}" fill="${COLOURS.background}"/>`,
    `<rect y="${height - (og ? 100 : 64)}" width="${width}" height="${og ? 100 : 64}" fill="${COLOURS.panel}"/>`,
    `<rect y="${height - (og ? 100 : 64)}" width="${width}" height="4" fill="${COLOURS.gold}"/>`,
    picture,
    `<circle cx="${photo.cx}" cy="${photo.cy}" r="${photo.r}" fill="none" stroke="${COLOURS.gold}" stroke-width="${og ? 6 : 4}"/>`,
    ...text,
    `<text x="${og ? 60 : 250}" y="${footerY}" font-size="${footerSize}" fill="${COLOURS.soft}" text-anchor="${og ? 'start' : 'middle'}">${escapeXml(footer)}</text>`,
    '</svg>',
  ].join('');
}

/** A portrait (any format sharp reads) as a square PNG data URL at the size the share image draws it. */
export async function portraitDataUrl(image: Uint8Array, size: number): Promise<string> {
  const png = await sharp(image).resize(size, size, { fit: 'cover', position: 'attention' }).png().toBuffer();
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** Renders a profile's share image as PNG. */
export async function renderShareImage(
  card: ShareCard,
  layout: ShareLayout,
  options: { fontFamily: string; portrait?: Uint8Array | null },
): Promise<Buffer> {
  const portrait = options.portrait ? await portraitDataUrl(options.portrait, PORTRAIT_SIZES[layout]) : null;
  return svgToPng(shareImageSvg(card, layout, options.fontFamily, portrait));
}

/** The side of the square a portrait is drawn into, per layout. */
export const PORTRAIT_SIZES: Record<ShareLayout, number> = { og: 300, square: 160 };

/** Rasterises an SVG to PNG. */
export function svgToPng(svg: string): Promise<Buffer> {
  // sharp's default zlib level: level 9 or a palette saves a few KB per image but makes a build of
  // 300 profiles minutes slower; the image is fetched only by share previews, never by the page.
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/**
 * `svgToPng` through a folder of earlier results keyed by a hash of the SVG (which embeds the
 * portrait and names the font) and of sharp's version: a rebuild after one edit draws one profile's
 * images again, not all of them. A cache that cannot be written only costs time.
 */
export async function svgToPngCached(svg: string, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(`${sharp.versions.sharp ?? ''}|${sharp.versions.vips}\n${svg}`).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await svgToPng(svg);
    await mkdir(cacheDir, { recursive: true })
      .then(() => writeFile(file, png))
      .catch(() => undefined);
    return png;
  }
}

/** Downloads a portrait from the CMS at build time; the failure names the URL so the build log says what to fix. */
export async function fetchPortrait(url: string, fetchImpl: typeof fetch = fetch): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (cause) {
    throw new Error(`Could not download the portrait ${url} for a share image; the CMS must be running.`, { cause });
  }
  if (!response.ok) throw new Error(`The CMS answered ${response.status} for the portrait ${url} of a share image.`);
  return new Uint8Array(await response.arrayBuffer());
}
