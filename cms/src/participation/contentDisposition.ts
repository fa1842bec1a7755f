/**
 * `Content-Disposition: attachment` for a file name that may be Chinese: an ASCII `filename` for old
 * clients (non-ASCII characters become _), and `filename*` in RFC 5987 encoding, which browsers prefer.
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** Percent-encodes a value for an RFC 5987 ext-value: encodeURIComponent, plus the few characters it leaves that attr-char does not allow. */
export function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** An export's file name, e.g. `报名名单-<slug>-20260402-1030.xlsx`, stamped in Shanghai time. */
export function exportFileName(kind: string, slug: string, extension: string, now = new Date()): string {
  const stamp = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' })
    .format(now)
    .replace(/[-:]/g, '')
    .replace(' ', '-');
  return `${kind}-${slug}-${stamp}.${extension}`;
}
