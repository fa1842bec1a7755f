import type { CampaignKind } from '@union/schemas';
import sharp from 'sharp';

export const COVER_WIDTH = 1600;
export const COVER_HEIGHT = 900;

/** A small deterministic generator, so a campaign's cover looks the same on every machine. */
function random(seedText: string): () => number {
  let seed = 2166136261;
  for (const char of seedText) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a #rrggbb colour towards white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const target = amount > 0 ? 255 : 0;
  const mix = Math.abs(amount);
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `#${channels.map((c) => Math.round(c + (target - c) * mix).toString(16).padStart(2, '0')).join('')}`;
}

const W = COVER_WIDTH;
const H = COVER_HEIGHT;
const f = (n: number) => n.toFixed(1);

// One motif per kind: rays for model workers, book spines for reading, sound rings for singing, a hexagon grid for safety.
const motifs: Record<CampaignKind, (rnd: () => number, colour: string) => string> = {
  'model-workers': (rnd, colour) => {
    const rays = Array.from({ length: 18 }, (_, i) => {
      const a0 = (-Math.PI / 2) * (i / 18);
      const a1 = a0 - Math.PI / 2 / 36;
      const r = 2200;
      return `<path d="M0 ${H} L${f(r * Math.cos(a0))} ${f(H + r * Math.sin(a0))} L${f(r * Math.cos(a1))} ${f(H + r * Math.sin(a1))} Z" fill="#fff" fill-opacity="${f(0.04 + rnd() * 0.08)}"/>`;
    });
    const shards = Array.from({ length: 14 }, () => {
      const x = 700 + rnd() * 900;
      const y = rnd() * H;
      const s = 60 + rnd() * 160;
      return `<polygon points="${f(x)},${f(y - s)} ${f(x + s)},${f(y + s * 0.6)} ${f(x - s * 0.8)},${f(y + s * 0.4)}" fill="${shade(colour, 0.35 + rnd() * 0.4)}" fill-opacity="${f(0.25 + rnd() * 0.35)}"/>`;
    });
    return [...rays, ...shards].join('');
  },
  'reading-month': (rnd, colour) => {
    let x = 80;
    const spines: string[] = [];
    while (x < W - 80) {
      const w = 28 + rnd() * 60;
      const h = 260 + rnd() * 420;
      spines.push(`<rect x="${f(x)}" y="${f(H - 90 - h)}" width="${f(w)}" height="${f(h)}" rx="6" fill="${shade(colour, 0.2 + rnd() * 0.6)}" fill-opacity="${f(0.35 + rnd() * 0.45)}"/>`);
      x += w + 10 + rnd() * 26;
    }
    const dots = Array.from({ length: 40 }, () => `<circle cx="${f(rnd() * W)}" cy="${f(rnd() * 260)}" r="${f(3 + rnd() * 9)}" fill="#fff" fill-opacity="${f(0.15 + rnd() * 0.35)}"/>`);
    return [`<rect x="0" y="${H - 90}" width="${W}" height="90" fill="${shade(colour, -0.4)}"/>`, ...spines, ...dots].join('');
  },
  'singer-contest': (rnd, colour) => {
    const cx = W * 0.68;
    const cy = H * 0.52;
    const rings = Array.from({ length: 16 }, (_, i) => `<circle cx="${cx}" cy="${cy}" r="${60 + i * 52}" fill="none" stroke="#fff" stroke-width="${f(2 + rnd() * 10)}" stroke-opacity="${f(0.06 + rnd() * 0.2)}"/>`);
    const lights = Array.from({ length: 60 }, () => `<circle cx="${f(rnd() * W)}" cy="${f(rnd() * H)}" r="${f(4 + rnd() * 40)}" fill="${shade(colour, 0.3 + rnd() * 0.6)}" fill-opacity="${f(0.12 + rnd() * 0.3)}"/>`);
    return [...lights, ...rings].join('');
  },
  'ankang-cup': (rnd, colour) => {
    const size = 70;
    const hexes: string[] = [];
    for (let row = -1; row < H / (size * 1.5) + 1; row += 1) {
      for (let col = -1; col < W / (size * Math.sqrt(3)) + 1; col += 1) {
        const cx = col * size * Math.sqrt(3) + (row % 2 ? (size * Math.sqrt(3)) / 2 : 0);
        const cy = row * size * 1.5;
        const points = Array.from({ length: 6 }, (_, k) => {
          const a = (Math.PI / 3) * k + Math.PI / 6;
          return `${f(cx + (size - 6) * Math.cos(a))},${f(cy + (size - 6) * Math.sin(a))}`;
        }).join(' ');
        const filled = rnd() < 0.3;
        hexes.push(
          filled
            ? `<polygon points="${points}" fill="${shade(colour, 0.25 + rnd() * 0.5)}" fill-opacity="${f(0.2 + rnd() * 0.4)}"/>`
            : `<polygon points="${points}" fill="none" stroke="#fff" stroke-width="3" stroke-opacity="${f(0.08 + rnd() * 0.15)}"/>`,
        );
      }
    }
    const shield = `<path d="M${W * 0.72} 170 L${W * 0.72 + 230} 250 L${W * 0.72 + 230} 470 Q${W * 0.72 + 230} 650 ${W * 0.72} 740 Q${W * 0.72 - 230} 650 ${W * 0.72 - 230} 470 L${W * 0.72 - 230} 250 Z" fill="#fff" fill-opacity="0.16"/>`;
    return [...hexes, shield].join('');
  },
};

/** An abstract cover for a campaign in its colour: shapes only, no text, nothing downloaded. */
export function coverSvg(kind: CampaignKind, colour: string, seedText: string): string {
  const rnd = random(seedText);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(colour, 0.1)}"/><stop offset="1" stop-color="${shade(colour, -0.45)}"/></linearGradient></defs>
<rect width="${W}" height="${H}" fill="url(#bg)"/>${motifs[kind](rnd, colour)}</svg>`;
}

/** Renders the cover to WebP. */
export async function renderCover(kind: CampaignKind, colour: string, seedText: string): Promise<Buffer> {
  return sharp(Buffer.from(coverSvg(kind, colour, seedText))).webp({ quality: 82 }).toBuffer();
}
