import QRCode from 'qrcode';

/**
 * A QR code of a profile's absolute URL as SVG, for posters: vector, so it prints sharp at any
 * size. Level M survives a creased or dimly lit poster; the margin is the quiet zone scanners need.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  if (!/^https?:\/\//.test(url)) throw new Error(`A poster QR code needs an absolute http(s) URL, not "${url}".`);
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
