// Fictional demo content: invariants of the seed data modules in this folder.
import { DISTRICTS, INDUSTRIES, isValidIsbn } from '@union/schemas';
import { describe, expect, it } from 'vitest';
import { books } from './books.ts';
import { enterprises } from './enterprises.ts';
import { modelWorkers } from './modelWorkers.ts';
import { news } from './news.ts';
import { readingEvents } from './readingEvents.ts';
import { quizQuestions, safetyQuiz } from './safetyQuiz.ts';
import { contestants, singerContest } from './singerContest.ts';
import { siteSettings } from './siteSettings.ts';
import { storyCalls } from './storyCalls.ts';
import { innovationStudios } from './studios.ts';
import { BOOK_CATEGORIES, CAMPAIGN_SLUGS, QUIZ_CATEGORIES, ROUND_STATUSES } from './types.ts';

const chars = (s: string) => [...s].length;
const labels = (options: readonly { label: string }[]) => options.map((o) => o.label);

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** Every string reachable from a value, with its path, for the non-empty check. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('seed data', () => {
  it('has no empty strings anywhere', () => {
    const all = strings(
      {
        modelWorkers,
        innovationStudios,
        books,
        readingEvents,
        storyCalls,
        singerContest,
        contestants,
        safetyQuiz,
        quizQuestions,
        enterprises,
        news,
        siteSettings,
      },
      'data',
    );
    expect(all.length).toBeGreaterThan(1000);
    expect(all.filter(([, s]) => s.trim() === '').map(([path]) => path)).toEqual([]);
  });

  describe('model workers', () => {
    it('has at least 64 people with unique names', () => {
      expect(modelWorkers.length).toBeGreaterThanOrEqual(64);
      expect(duplicates(modelWorkers.map((w) => w.name))).toEqual([]);
    });

    it('is at least 40% women', () => {
      const women = modelWorkers.filter((w) => w.gender === 'female').length;
      expect(women / modelWorkers.length).toBeGreaterThanOrEqual(0.4);
    });

    it('uses the listed industries and districts, and covers all of them', () => {
      for (const w of modelWorkers) {
        expect(labels(INDUSTRIES), w.name).toContain(w.industry);
        expect(labels(DISTRICTS), w.name).toContain(w.district);
      }
      expect(new Set(modelWorkers.map((w) => w.industry)).size).toBe(INDUSTRIES.length);
      expect(new Set(modelWorkers.map((w) => w.district)).size).toBe(DISTRICTS.length);
    });

    it('has 1–3 honours from 1995–2019, mostly municipal 2018', () => {
      for (const w of modelWorkers) {
        expect(w.honors.length, w.name).toBeGreaterThanOrEqual(1);
        expect(w.honors.length, w.name).toBeLessThanOrEqual(3);
        for (const h of w.honors) {
          expect(['national', 'provincial', 'municipal'], w.name).toContain(h.level);
          expect(h.year, w.name).toBeGreaterThanOrEqual(1995);
          expect(h.year, w.name).toBeLessThanOrEqual(2019);
        }
      }
      const municipal2018 = modelWorkers.filter((w) => w.honors.some((h) => h.level === 'municipal' && h.year === 2018));
      expect(municipal2018.length / modelWorkers.length).toBeGreaterThan(0.5);
      expect(modelWorkers.some((w) => w.honors.some((h) => h.level === 'provincial'))).toBe(true);
      expect(modelWorkers.some((w) => w.honors.some((h) => h.level === 'national'))).toBe(true);
    });

    it('features six people on the home page, from six trades and both genders', () => {
      const featured = modelWorkers.filter((w) => w.featured);
      expect(featured).toHaveLength(6);
      expect(new Set(featured.map((w) => w.industry)).size).toBe(6);
      expect(new Set(featured.map((w) => w.gender))).toEqual(new Set(['male', 'female']));
    });

    it('names about 15 era craftsmen, each with a craftsman year of 2018 or 2019', () => {
      const craftsmen = modelWorkers.filter((w) => w.isEraCraftsman);
      expect(craftsmen.length).toBeGreaterThanOrEqual(12);
      expect(craftsmen.length).toBeLessThanOrEqual(18);
      for (const w of modelWorkers) {
        if (w.isEraCraftsman) expect([2018, 2019], w.name).toContain(w.craftsmanYear);
        else expect(w.craftsmanYear, w.name).toBeUndefined();
      }
    });

    it('has 2–4 biography paragraphs and a quote of at most 60 characters, except the one whose story is still being written', () => {
      for (const w of modelWorkers) {
        if (w.biography.length === 0) {
          expect(w.quote, w.name).toBeUndefined();
          continue;
        }
        expect(w.biography.length, w.name).toBeGreaterThanOrEqual(2);
        expect(w.biography.length, w.name).toBeLessThanOrEqual(4);
        expect(chars(w.quote ?? ''), w.name).toBeGreaterThan(0);
        expect(chars(w.quote ?? ''), w.name).toBeLessThanOrEqual(60);
      }
    });

    it('has names within the CMS limit of 32 characters', () => {
      for (const w of modelWorkers) expect(chars(w.name), w.name).toBeLessThanOrEqual(32);
    });

    it('has one of each awkward case the microsite must render, after the first 69 so their ids stay put', () => {
      const first = modelWorkers.slice(0, 69);
      const noPortrait = modelWorkers.filter((w) => w.noPortrait);
      const noStory = modelWorkers.filter((w) => w.biography.length === 0);
      const longName = modelWorkers.filter((w) => chars(w.name) > 24);
      const drafts = modelWorkers.filter((w) => w.draftOnly);
      for (const cases of [noPortrait, noStory, longName, drafts]) {
        expect(cases).toHaveLength(1);
        expect(first).not.toContain(cases[0]);
        expect(cases[0]?.featured, cases[0]?.name).toBeUndefined();
      }
      expect(longName[0]?.name).toContain('·');
      // The draft is the lead of a published studio, so the studio page has a lead it must not link.
      expect(innovationStudios.map((s) => s.leadName)).toContain(drafts[0]?.name);
    });

    it('can be found by trade: welders, electricians, nurses, teachers, bus drivers, textile and chip workers', () => {
      const find = (word: string) =>
        modelWorkers.filter((w) => [w.position, ...w.biography].some((text) => text.includes(word)));
      expect(find('焊工').length).toBeGreaterThanOrEqual(3);
      expect(find('电工').length).toBeGreaterThanOrEqual(3);
      expect(find('护士').length).toBeGreaterThanOrEqual(3);
      expect(find('教师').length).toBeGreaterThanOrEqual(3);
      expect(find('公交驾驶员').length).toBeGreaterThanOrEqual(3);
      expect(modelWorkers.filter((w) => w.industry === '纺织服装').length).toBeGreaterThanOrEqual(3);
      expect(find('芯片').length).toBeGreaterThanOrEqual(3);
    });
  });

  describe('innovation studios', () => {
    it('has 11 studios with unique names, each led by a model worker at the same employer', () => {
      expect(innovationStudios).toHaveLength(11);
      expect(duplicates(innovationStudios.map((s) => s.name))).toEqual([]);
      for (const s of innovationStudios) {
        const lead = modelWorkers.find((w) => w.name === s.leadName);
        expect(lead, s.name).toBeDefined();
        expect(s.employer, s.name).toBe(lead?.employer);
        expect(s.yearNamed, s.name).toBeGreaterThanOrEqual(2012);
        expect(s.yearNamed, s.name).toBeLessThanOrEqual(2019);
        expect(s.achievements.length, s.name).toBeGreaterThanOrEqual(2);
        expect(s.achievements.length, s.name).toBeLessThanOrEqual(3);
      }
    });
  });

  describe('books', () => {
    it('has at least 40 books with unique titles in the listed categories', () => {
      expect(books.length).toBeGreaterThanOrEqual(40);
      expect(duplicates(books.map((b) => b.title))).toEqual([]);
      for (const b of books) expect(BOOK_CATEGORIES, b.title).toContain(b.category);
      expect(new Set(books.map((b) => b.category)).size).toBe(BOOK_CATEGORIES.length);
    });

    it('has no ISBN without a valid checksum', () => {
      for (const b of books) if (b.isbn !== undefined) expect(isValidIsbn(b.isbn), b.title).toBe(true);
    });
  });

  describe('reading events and story calls', () => {
    it('has 6 events within −5..+30 days, 20–300 places, online links on example.org', () => {
      expect(readingEvents).toHaveLength(6);
      expect(duplicates(readingEvents.map((e) => e.title))).toEqual([]);
      for (const e of readingEvents) {
        expect(e.dayOffset, e.title).toBeGreaterThanOrEqual(-5);
        expect(e.dayOffset, e.title).toBeLessThanOrEqual(30);
        expect(e.durationHours, e.title).toBeGreaterThan(0);
        expect(e.capacity, e.title).toBeGreaterThanOrEqual(20);
        expect(e.capacity, e.title).toBeLessThanOrEqual(300);
        expect(e.place !== undefined || e.onlineUrl !== undefined, e.title).toBe(true);
        if (e.onlineUrl !== undefined) expect(e.onlineUrl, e.title).toMatch(/^https:\/\/example\.org\//);
        expect(e.description.length, e.title).toBeGreaterThan(0);
      }
      expect(readingEvents.some((e) => e.onlineUrl && !e.place)).toBe(true);
      expect(readingEvents.some((e) => e.onlineUrl && e.place)).toBe(true);
    });

    it('has 1–2 story calls including 我的家规家训, each closing after it opens', () => {
      expect(storyCalls.length).toBeGreaterThanOrEqual(1);
      expect(storyCalls.length).toBeLessThanOrEqual(2);
      expect(storyCalls.map((c) => c.title)).toContain('我的家规家训');
      for (const c of storyCalls) {
        expect(c.closeDayOffset, c.title).toBeGreaterThan(c.openDayOffset);
        expect(c.rules.length, c.title).toBeGreaterThan(0);
      }
    });
  });

  describe('singer contest', () => {
    it('is the 4th contest, themed 歌唱祖国', () => {
      expect(singerContest.title).toBe('第四届职工歌手大赛');
      expect(singerContest.edition).toBe(4);
      expect(singerContest.theme).toBe('歌唱祖国');
      expect(singerContest.rules.length).toBeGreaterThan(0);
    });

    it('has 3 rounds in order whose windows do not overlap and whose weights sum to 100', () => {
      expect(singerContest.rounds.map((r) => r.name)).toEqual(['初赛', '复赛', '决赛']);
      singerContest.rounds.forEach((round, i) => {
        expect(round.endDayOffset, round.name).toBeGreaterThanOrEqual(round.startDayOffset);
        expect(round.judgeWeight + round.publicWeight, round.name).toBe(100);
        expect(round.judgeWeight, round.name).toBeGreaterThanOrEqual(0);
        expect(round.publicWeight, round.name).toBeGreaterThanOrEqual(0);
        const previous = singerContest.rounds[i - 1];
        if (previous) expect(round.startDayOffset, round.name).toBeGreaterThan(previous.endDayOffset);
      });
    });

    it('has 30 contestants with unique stage names and known statuses', () => {
      expect(contestants).toHaveLength(30);
      expect(duplicates(contestants.map((c) => c.stageName))).toEqual([]);
      for (const c of contestants) expect(ROUND_STATUSES, c.stageName).toContain(c.roundStatus);
    });
  });

  describe('safety quiz', () => {
    it('is configured as briefed', () => {
      expect(safetyQuiz).toMatchObject({
        title: '安康杯安全知识竞赛',
        questionsPerAttempt: 20,
        timeLimitSeconds: 900,
        attemptsPerDay: 3,
      });
      expect(safetyQuiz.closeDayOffset).toBeGreaterThan(safetyQuiz.openDayOffset);
    });

    it('has at least 60 unique questions, at least 8 per category', () => {
      expect(quizQuestions.length).toBeGreaterThanOrEqual(60);
      expect(quizQuestions.length).toBeGreaterThanOrEqual(safetyQuiz.questionsPerAttempt);
      expect(duplicates(quizQuestions.map((q) => q.stem))).toEqual([]);
      for (const category of QUIZ_CATEGORIES) {
        expect(quizQuestions.filter((q) => q.category === category).length, category).toBeGreaterThanOrEqual(8);
      }
      for (const q of quizQuestions) expect(QUIZ_CATEGORIES, q.stem).toContain(q.category);
    });

    it('has 2–6 distinct options and correct indexes within them', () => {
      for (const q of quizQuestions) {
        expect(q.options.length, q.stem).toBeGreaterThanOrEqual(2);
        expect(q.options.length, q.stem).toBeLessThanOrEqual(6);
        expect(duplicates(q.options), q.stem).toEqual([]);
        expect(q.correct.length, q.stem).toBeGreaterThanOrEqual(1);
        expect(duplicates(q.correct.map(String)), q.stem).toEqual([]);
        for (const i of q.correct) {
          expect(Number.isInteger(i), q.stem).toBe(true);
          expect(i, q.stem).toBeGreaterThanOrEqual(0);
          expect(i, q.stem).toBeLessThan(q.options.length);
        }
        // True/false questions have exactly the two options and one answer.
        if (q.options.length === 2) {
          expect(q.options, q.stem).toEqual(['正确', '错误']);
          expect(q.correct, q.stem).toHaveLength(1);
        }
      }
    });

    it('mixes single-choice, multiple-choice and true/false questions of every difficulty', () => {
      const trueFalse = quizQuestions.filter((q) => q.options.length === 2);
      const multiple = quizQuestions.filter((q) => q.correct.length > 1);
      const single = quizQuestions.filter((q) => q.options.length > 2 && q.correct.length === 1);
      expect(trueFalse.length).toBeGreaterThanOrEqual(10);
      expect(multiple.length).toBeGreaterThanOrEqual(10);
      expect(single.length).toBeGreaterThanOrEqual(10);
      expect(new Set(trueFalse.map((q) => q.correct[0]))).toEqual(new Set([0, 1]));
      expect(new Set(quizQuestions.map((q) => q.difficulty))).toEqual(new Set(['easy', 'medium', 'hard']));
    });
  });

  describe('enterprises, news and site settings', () => {
    it('has 12 enterprises with unique names in the listed districts', () => {
      expect(enterprises).toHaveLength(12);
      expect(duplicates(enterprises.map((e) => e.name))).toEqual([]);
      for (const e of enterprises) {
        expect(labels(DISTRICTS), e.name).toContain(e.district);
        expect(Number.isInteger(e.headcount) && e.headcount > 0, e.name).toBe(true);
      }
    });

    it('has 6 news items with well-formed unique slugs, known campaigns and past dates', () => {
      expect(news).toHaveLength(6);
      expect(duplicates(news.map((n) => n.slug))).toEqual([]);
      for (const n of news) {
        expect(n.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(CAMPAIGN_SLUGS, n.slug).toContain(n.campaignSlug);
        expect(n.dayOffset, n.slug).toBeLessThanOrEqual(0);
        expect(n.body.length, n.slug).toBeGreaterThan(0);
      }
    });

    it('uses clearly fictional contact details', () => {
      expect(siteSettings.contactEmail).toMatch(/^[^@\s]+@example\.org$/);
      expect(siteSettings.contactPhone).toMatch(/^0512-0000 ?0000$/);
      expect(siteSettings.icpNumber).toMatch(/00000000/);
    });
  });
});
