import sharp from 'sharp';
import { shade } from './cover.ts';

const SIZE = 480;

/** An abstract head-and-shoulders shape in a colour, for portraits and contestant photos: no face, no text. */
export function silhouetteSvg(colour: string, accent: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${shade(colour, 0.55)}"/><stop offset="1" stop-color="${shade(colour, 0.15)}"/></linearGradient></defs>
<rect width="${SIZE}" height="${SIZE}" fill="url(#bg)"/>
<circle cx="${SIZE * 0.82}" cy="${SIZE * 0.18}" r="${SIZE * 0.12}" fill="${accent}" fill-opacity="0.35"/>
<circle cx="${SIZE / 2}" cy="${SIZE * 0.4}" r="${SIZE * 0.17}" fill="${shade(colour, -0.35)}"/>
<path d="M${SIZE * 0.14} ${SIZE} Q${SIZE * 0.16} ${SIZE * 0.62} ${SIZE / 2} ${SIZE * 0.62} Q${SIZE * 0.84} ${SIZE * 0.62} ${SIZE * 0.86} ${SIZE} Z" fill="${shade(colour, -0.35)}"/>
</svg>`;
}

/** An abstract book cover: a coloured board with a spine band and title bars, no text. */
export function bookCoverSvg(colour: string): string {
  const w = 360;
  const h = 520;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="${colour}"/>
<rect width="28" height="${h}" fill="${shade(colour, -0.35)}"/>
<rect x="64" y="120" width="232" height="22" rx="6" fill="#fff" fill-opacity="0.85"/>
<rect x="64" y="158" width="160" height="14" rx="5" fill="#fff" fill-opacity="0.55"/>
<circle cx="${w / 2 + 14}" cy="${h * 0.66}" r="70" fill="${shade(colour, 0.35)}" fill-opacity="0.6"/>
</svg>`;
}

/** Renders an SVG to WebP. */
export function renderWebp(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).webp({ quality: 80 }).toBuffer();
}
