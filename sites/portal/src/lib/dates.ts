/** Campaigns happen in Suzhou: every date shown is in China Standard Time, whatever the build machine's zone. */
export const TIME_ZONE = 'Asia/Shanghai';

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function parts(date: string | Date): Parts {
  const found: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(new Date(date))) found[part.type] = part.value;
  return {
    year: Number(found.year),
    month: Number(found.month),
    day: Number(found.day),
    hour: found.hour ?? '00',
    minute: found.minute ?? '00',
  };
}

/** 2026年11月20日 */
export function formatDate(date: string | Date): string {
  const p = parts(date);
  return `${p.year}年${p.month}月${p.day}日`;
}

/** 2026年11月20日 09:00 */
export function formatDateTime(date: string | Date): string {
  const p = parts(date);
  return `${formatDate(date)} ${p.hour}:${p.minute}`;
}

/**
 * A date range in Chinese, repeating only what changes:
 * 2026年11月20日 – 12月20日, 2026年12月20日 – 2027年1月10日, or 2026年11月20日起 without an end.
 */
export function formatDateRange(start: string | Date, end?: string | Date | null): string {
  const from = parts(start);
  if (end == null) return `${formatDate(start)}起`;
  const to = parts(end);
  if (from.year !== to.year) return `${formatDate(start)} – ${formatDate(end)}`;
  if (from.month === to.month && from.day === to.day) return formatDate(start);
  return `${formatDate(start)} – ${to.month}月${to.day}日`;
}

/** A date-time range for registration windows: 2026年11月20日 09:00 – 12月10日 18:00. */
export function formatDateTimeRange(start: string | Date, end: string | Date): string {
  const from = parts(start);
  const to = parts(end);
  const endText =
    from.year !== to.year
      ? formatDateTime(end)
      : from.month === to.month && from.day === to.day
        ? `${to.hour}:${to.minute}`
        : `${to.month}月${to.day}日 ${to.hour}:${to.minute}`;
  return `${formatDateTime(start)} – ${endText}`;
}
