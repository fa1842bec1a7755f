// What a profile, a card and a share image show of a model worker, including the awkward cases:
// no portrait, an empty biography, a very long name, and a studio whose lead was unpublished.

import { richTextToPlainText, type Honor, type InnovationStudio, type ModelWorker } from '@union/content';
import { HONOR_LEVELS, optionLabel, type HonorLevel } from '@union/schemas';
import type { Routes } from './routes.ts';

/** The city's own title for its craftsmen, shown as a municipal honor of its year. */
export const ERA_CRAFTSMAN_TITLE = '苏州时代工匠';

const LEVEL_RANK: Record<HonorLevel, number> = { national: 0, provincial: 1, municipal: 2 };

export interface TimelineHonor {
  level: HonorLevel;
  /** 全国, 省, 市 */
  levelLabel: string;
  title: string;
  /** The level and title read together: 全国五一劳动奖章, 省技术能手, 市劳动模范. */
  label: string;
}

export interface TimelineYear {
  /** null only for 苏州时代工匠 saved without a year, listed last. */
  year: number | null;
  honors: TimelineHonor[];
}

/**
 * An honor read as one phrase: 全国五一劳动奖章, 省技术能手, 市劳动模范. A title that already says
 * where it is from (苏州时代工匠, or 全国劳动模范 typed in full) is not prefixed again.
 */
export function honorLabel(honor: Pick<Honor, 'level' | 'title'>): string {
  const level = optionLabel(HONOR_LEVELS, honor.level);
  return honor.title.startsWith(level) || honor.title === ERA_CRAFTSMAN_TITLE ? honor.title : `${level}${honor.title}`;
}

function timelineHonor(level: HonorLevel, title: string): TimelineHonor {
  return { level, levelLabel: optionLabel(HONOR_LEVELS, level), title, label: honorLabel({ level, title }) };
}

/**
 * A worker's honors as a timeline, oldest year first so it reads as a career, the higher level
 * first within a year. 苏州时代工匠 joins as a municipal honor unless an editor also entered it
 * as an honor of the same year.
 */
export function honorTimeline(worker: Pick<ModelWorker, 'honors' | 'isEraCraftsman' | 'craftsmanYear'>): TimelineYear[] {
  const entries: { year: number | null; honor: TimelineHonor }[] = worker.honors.map((h) => ({ year: h.year, honor: timelineHonor(h.level, h.title) }));
  const craftsmanListed = entries.some((e) => e.honor.title === ERA_CRAFTSMAN_TITLE && e.year === worker.craftsmanYear);
  if (worker.isEraCraftsman && !craftsmanListed) entries.push({ year: worker.craftsmanYear, honor: timelineHonor('municipal', ERA_CRAFTSMAN_TITLE) });

  const byYear = new Map<number | null, TimelineHonor[]>();
  for (const { year, honor } of entries) byYear.set(year, [...(byYear.get(year) ?? []), honor]);
  return [...byYear.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([year, honors]) => ({ year, honors: honors.sort((x, y) => LEVEL_RANK[x.level] - LEVEL_RANK[y.level]) }));
}

/**
 * The honors a card or share image names, highest level and most recent first, without repeats:
 * ['全国五一劳动奖章', '省技术能手', '市劳动模范'].
 */
export function honorSummary(worker: Pick<ModelWorker, 'honors' | 'isEraCraftsman' | 'craftsmanYear'>, max = 3): string[] {
  const honors = honorTimeline(worker)
    .flatMap(({ year, honors }) => honors.map((honor) => ({ year: year ?? 0, honor })))
    .sort((a, b) => LEVEL_RANK[a.honor.level] - LEVEL_RANK[b.honor.level] || b.year - a.year);
  return [...new Set(honors.map(({ honor }) => honor.label))].slice(0, max);
}

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** Splits text into user-perceived characters, so a name is never cut inside one. */
export function graphemesOf(text: string): string[] {
  return [...graphemes.segment(text)].map((s) => s.segment);
}

/** Names longer than this many characters (e.g. transliterated names of ethnic minorities) get smaller type and are shortened on cards. */
export const LONG_NAME = 6;

export interface DisplayName {
  /** The whole name, always shown on the profile itself. */
  full: string;
  /** At most `max` characters with an ellipsis, for cards and share images; the full name goes in their title or alt text. */
  short: string;
  /** Whether the profile should set the name in smaller type. */
  long: boolean;
}

/** How a name is shown where space is short; the CMS allows 32 characters. */
export function displayName(name: string, max = 12): DisplayName {
  const chars = graphemesOf(name.trim());
  return {
    full: chars.join(''),
    short: chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join(''),
    long: chars.length > LONG_NAME,
  };
}

/** The first character of a name, shown in a circle where there is no portrait. */
export function monogram(name: string): string {
  return graphemesOf(name.trim())[0] ?? '';
}

/** The biography as plain text; empty when there is none or it has only blank paragraphs. */
export function biographyText(worker: Pick<ModelWorker, 'biography'>): string {
  return richTextToPlainText(worker.biography);
}

/**
 * The page's meta description and share text: the worker's own words if there are any, else the
 * start of the biography, else who they are and what they were honored with.
 */
export function profileDescription(worker: Pick<ModelWorker, 'name' | 'employer' | 'position' | 'quote' | 'biography' | 'honors' | 'isEraCraftsman' | 'craftsmanYear'>, max = 80): string {
  const clip = (text: string) => {
    const chars = graphemesOf(text.replace(/\s+/g, ' ').trim());
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  };
  if (worker.quote) return clip(`${worker.name}：“${worker.quote}”`);
  const biography = biographyText(worker);
  if (biography) return clip(biography);
  const who = [worker.employer, worker.position].filter(Boolean).join(' ');
  const honors = honorSummary(worker).join('、');
  return clip(honors ? `${worker.name}，${who}，${honors}。` : `${worker.name}，${who}。`);
}

/** The studios each model worker leads, by worker id; most lead one, some none, a few several. */
export function studiosByLead(studios: readonly InnovationStudio[]): Map<string, InnovationStudio[]> {
  const byLead = new Map<string, InnovationStudio[]>();
  for (const studio of studios) {
    if (!studio.lead) continue;
    const id = String(studio.lead.id);
    byLead.set(id, [...(byLead.get(id) ?? []), studio]);
  }
  return byLead;
}

/**
 * The lead a studio page names: linked to their profile when it is published, and null when the
 * lead was unpublished or never chosen (the page then names no one rather than a dead link).
 */
export function studioLead(
  studio: Pick<InnovationStudio, 'lead'>,
  publishedWorkerIds: ReadonlySet<string>,
  routes: Routes,
): { name: string; href: string } | null {
  if (!studio.lead || !publishedWorkerIds.has(String(studio.lead.id))) return null;
  return { name: studio.lead.name, href: routes.worker(studio.lead.id) };
}

/** 苏州时代工匠 by the year they were named, newest first; those saved without a year come last. */
export function eraCraftsmenByYear<W extends Pick<ModelWorker, 'isEraCraftsman' | 'craftsmanYear' | 'name'>>(
  workers: readonly W[],
): { year: number | null; workers: W[] }[] {
  const pinyin = new Intl.Collator('zh-CN-u-co-pinyin');
  const byYear = new Map<number | null, W[]>();
  for (const worker of workers) {
    if (!worker.isEraCraftsman) continue;
    byYear.set(worker.craftsmanYear, [...(byYear.get(worker.craftsmanYear) ?? []), worker]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
    .map(([year, list]) => ({ year, workers: list.sort((x, y) => pinyin.compare(x.name, y.name)) }));
}
