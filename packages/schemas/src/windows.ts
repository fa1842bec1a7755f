/** A span of time; either end may still be empty while an editor fills in a form. */
export interface TimeWindow {
  startsAt?: string | Date | null;
  endsAt?: string | Date | null;
}

const timeOf = (value: string | Date | null | undefined): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const t = new Date(value).getTime();
  return Number.isNaN(t) ? null : t;
};

/** Indexes of the windows whose end comes before their start. */
export function windowsEndingBeforeStart(windows: readonly TimeWindow[]): number[] {
  return windows.flatMap((w, i) => {
    const start = timeOf(w.startsAt);
    const end = timeOf(w.endsAt);
    return start !== null && end !== null && end < start ? [i] : [];
  });
}

/**
 * Index pairs `[i, j]` (i < j) of windows that share some time. A window ending exactly when the
 * next starts does not overlap it; incomplete windows and windows ending before they start are
 * left out here (see windowsEndingBeforeStart).
 */
export function overlappingWindows(windows: readonly TimeWindow[]): [number, number][] {
  const valid = windows.flatMap((w, index) => {
    const start = timeOf(w.startsAt);
    const end = timeOf(w.endsAt);
    return start !== null && end !== null && end >= start ? [{ index, start, end }] : [];
  });
  const pairs: [number, number][] = [];
  for (let a = 0; a < valid.length; a += 1) {
    for (let b = a + 1; b < valid.length; b += 1) {
      const x = valid[a]!;
      const y = valid[b]!;
      if (x.start < y.end && y.start < x.end) pairs.push([x.index, y.index]);
    }
  }
  return pairs;
}

/** The Chinese message for two overlapping rounds, numbered from 1 as editors see them. */
export function overlappingRoundsMessage([i, j]: readonly [number, number]): string {
  return `第 ${i + 1} 轮与第 ${j + 1} 轮的时间重叠`;
}
