/** A Payload label (a string, or per-language strings) as the Chinese admin shows it. */
export function labelText(label: unknown, fallback: string): string {
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object' && 'zh' in label && typeof label.zh === 'string') return label.zh;
  return fallback;
}

/** A moment as editors in Suzhou read it, e.g. 2026/12/2 09:23:00, whatever the server's time zone. */
export function shanghaiTime(value: string | Date): string {
  return new Date(value).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
