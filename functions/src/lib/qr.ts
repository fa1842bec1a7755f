import QRCode from 'qrcode';

/**
 * A QR code of `payload` as an SVG data URL: an `<img src>` shows it without loading anything (the
 * sites' Content-Security-Policy allows `data:` images), and screenshots of it scan at the door.
 */
export async function qrCodeDataUrl(payload: string): Promise<string> {
  // Level M survives a cracked or dim phone screen; the margin is the quiet zone scanners need.
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
