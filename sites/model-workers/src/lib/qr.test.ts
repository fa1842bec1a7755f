import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrCodeSvg } from './qr.ts';

describe('qrCodeSvg', () => {
  it('draws the absolute profile URL as a square SVG with a quiet zone', async () => {
    const url = 'https://union.example.org/model-workers/profiles/3/';
    const svg = await qrCodeSvg(url);
    const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
    // The view box is the module count plus a margin of two modules on each side.
    expect(svg).toContain(`viewBox="0 0 ${modules.size + 4} ${modules.size + 4}"`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });

  it('draws different codes for different profiles', async () => {
    const a = await qrCodeSvg('https://union.example.org/model-workers/profiles/3/');
    const b = await qrCodeSvg('https://union.example.org/model-workers/profiles/5/');
    expect(a).not.toBe(b);
  });

  it('refuses a relative URL, which a phone scanning a poster could not open', async () => {
    await expect(qrCodeSvg('/model-workers/profiles/3/')).rejects.toThrow(/absolute http\(s\) URL/);
  });
});
