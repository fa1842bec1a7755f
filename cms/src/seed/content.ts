import { DISTRICTS, INDUSTRIES, OPTION_LETTERS, type Gender } from '@union/schemas';
import type { CollectionSlug, Payload } from 'payload';
import { BOOK_CATEGORIES } from '../collections/Books/index.ts';
import { ROUND_STATUSES } from '../collections/Contestants/index.ts';
import { QUESTION_CATEGORIES } from '../collections/QuizQuestions/index.ts';
import { GLOBAL_SLUGS, SLUGS } from '../slugs.ts';
import { books } from './data/books.ts';
import { enterprises } from './data/enterprises.ts';
import { modelWorkers } from './data/modelWorkers.ts';
import { news } from './data/news.ts';
import { readingEvents } from './data/readingEvents.ts';
import { quizQuestions, safetyQuiz } from './data/safetyQuiz.ts';
import { contestants, singerContest } from './data/singerContest.ts';
import { siteSettings } from './data/siteSettings.ts';
import { storyCalls } from './data/storyCalls.ts';
import { innovationStudios } from './data/studios.ts';
import { bookCoverSvg, renderWebp, silhouetteSvg } from './images.ts';
import { paragraph, richText } from './lexical.ts';
import { choose, scalePeople, scaleSong } from './scale.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Documents the content seed created, per collection. */
export type ContentCounts = Partial<Record<CollectionSlug, number>>;

export interface ContentSeedOptions {
  now: Date;
  /** Also create 300 generated model workers and 2,000 contestants, for benchmarks. */
  scale?: boolean;
  log: (line: string) => void;
  /** File names of images created, appended to. */
  createdMedia: string[];
}

/** Editors' select values from the Chinese labels the data modules use. */
function valueOf<V extends string>(options: readonly { value: V; label: string }[], label: string): V {
  const option = options.find((o) => o.label === label);
  if (!option) throw new Error(`Seed data uses an unknown option: ${label}`);
  return option.value;
}

// Whole hours read better in the admin than the seconds the seed happened to run at.
const daysFrom = (now: Date, days: number, hours = 0) => new Date(Math.floor(now.getTime() / HOUR) * HOUR + days * DAY + hours * HOUR).toISOString();

const paragraphs = (lines: readonly string[]) => richText(...lines.map((line) => paragraph(line)));

// Seeded content counts as reviewed; no audit entries are written for it.
const published = { _status: 'published' as const, review: { state: 'approved' as const } };
// A few items stay as an editor saved them, never published, for the cases the sites must handle.
const draft = { _status: 'draft' as const };

/** Existing values of a natural key in a collection, drafts included, to skip what is there already. */
async function existingKeys(payload: Payload, collection: CollectionSlug, keyOf: (doc: Record<string, unknown>) => string) {
  const { docs } = await payload.find({ collection, pagination: false, depth: 0, draft: true, overrideAccess: true });
  return new Map(docs.map((doc) => [keyOf(doc as unknown as Record<string, unknown>), (doc as { id: number }).id]));
}

/** Creates each item whose key is not there yet, published unless `isDraft` says otherwise; returns how many it created. */
async function createMissing<T>(
  payload: Payload,
  collection: CollectionSlug,
  items: readonly T[],
  keys: { ofDoc: (doc: Record<string, unknown>) => string; ofItem: (item: T) => string },
  dataOf: (item: T) => Promise<Record<string, unknown>> | Record<string, unknown>,
  isDraft: (item: T) => boolean = () => false,
): Promise<number> {
  const existing = await existingKeys(payload, collection, keys.ofDoc);
  let created = 0;
  for (const item of items) {
    const key = keys.ofItem(item);
    if (existing.has(key)) continue;
    const asDraft = isDraft(item);
    const doc = await payload.create({
      collection,
      data: { ...(await dataOf(item)), ...(asDraft ? draft : published) } as never,
      draft: asDraft,
      overrideAccess: true,
    });
    existing.set(key, doc.id as number);
    created += 1;
  }
  return created;
}

/** One generated image per name, reused by every document that shows it. */
function imageCache(payload: Payload, createdMedia: string[]) {
  const ids = new Map<string, number>();
  return async (filename: string, alt: string, svg: () => string): Promise<number> => {
    const known = ids.get(filename);
    if (known) return known;
    const existing = await payload.find({ collection: SLUGS.media, where: { filename: { equals: filename } }, limit: 1, depth: 0, overrideAccess: true });
    let id = existing.docs[0]?.id;
    if (!id) {
      const data = await renderWebp(svg());
      const media = await payload.create({
        collection: SLUGS.media,
        data: { alt },
        file: { data, mimetype: 'image/webp', name: filename, size: data.length },
        overrideAccess: true,
      });
      createdMedia.push(media.filename ?? filename);
      id = media.id;
    }
    ids.set(filename, id);
    return id;
  };
}

const PORTRAIT_COLOURS = { male: '#1b6ca8', female: '#c8102e' } as const;
const PHOTO_COLOURS = ['#7b3fa0', '#d97706', '#0f766e'] as const;
const BOOK_COLOURS: Record<(typeof BOOK_CATEGORIES)[number]['label'], string> = {
  时代精神: '#c8102e',
  技能提升: '#1b6ca8',
  家庭生活: '#d97706',
  文学经典: '#7b3fa0',
  科普健康: '#2e8b57',
};

const textKey = (field: string) => (doc: Record<string, unknown>) => String(doc[field] ?? '');

/**
 * The campaign content: model workers and their studios, the reading month's books, events and
 * story calls, the singer contest and its contestants, the safety quiz and its questions, the
 * quiz's enterprises, news and the site settings. Everything is published except one model
 * worker left as a draft, whose studio is published (the sites' unpublished-lead case).
 * Idempotent: each document is matched by a natural key (name + employer, title, ISBN or title,
 * stem, slug…) and nothing existing changes.
 */
export async function seedContent(payload: Payload, options: ContentSeedOptions): Promise<ContentCounts> {
  const { now, log } = options;
  const image = imageCache(payload, options.createdMedia);
  const portrait = (gender: Gender) =>
    image(`portrait-${gender}.webp`, `${gender === 'male' ? '男' : '女'}性劳模示意头像：纯色背景上的抽象人物剪影`, () =>
      silhouetteSvg(PORTRAIT_COLOURS[gender], '#f5c518'),
    );
  const photo = (index: number) =>
    image(`contestant-${index + 1}.webp`, '参赛选手示意照片：彩色背景上的抽象人物剪影', () =>
      silhouetteSvg(PHOTO_COLOURS[index % PHOTO_COLOURS.length] as string, '#ffffff'),
    );
  const counts: ContentCounts = {};
  const nameAndEmployer = (doc: Record<string, unknown>) => `${String(doc.name)}|${String(doc.employer)}`;

  counts[SLUGS.modelWorkers] = await createMissing(
    payload,
    SLUGS.modelWorkers,
    modelWorkers,
    { ofDoc: nameAndEmployer, ofItem: (w) => `${w.name}|${w.employer}` },
    async (w) => ({
      name: w.name,
      featured: w.featured === true,
      gender: w.gender,
      portrait: w.noPortrait ? null : await portrait(w.gender),
      employer: w.employer,
      position: w.position,
      industry: valueOf(INDUSTRIES, w.industry),
      district: valueOf(DISTRICTS, w.district),
      honors: w.honors.map((h) => ({ level: h.level, title: h.title, year: h.year })),
      isEraCraftsman: w.isEraCraftsman,
      craftsmanYear: w.craftsmanYear ?? null,
      biography: w.biography.length ? paragraphs(w.biography) : null,
      quote: w.quote ?? null,
    }),
    (w) => w.draftOnly === true,
  );

  const workerIds = await existingKeys(payload, SLUGS.modelWorkers, textKey('name'));
  counts[SLUGS.innovationStudios] = await createMissing(
    payload,
    SLUGS.innovationStudios,
    innovationStudios,
    { ofDoc: textKey('name'), ofItem: (s) => s.name },
    (s) => ({
      name: s.name,
      lead: workerIds.get(s.leadName) ?? null,
      employer: s.employer,
      field: s.field,
      yearNamed: s.yearNamed,
      achievements: paragraphs(s.achievements),
    }),
  );

  const bookKey = (isbn: unknown, title: unknown) => (isbn ? `isbn:${String(isbn).replace(/[\s-]/g, '')}` : `title:${String(title)}`);
  counts[SLUGS.books] = await createMissing(
    payload,
    SLUGS.books,
    books,
    { ofDoc: (doc) => bookKey(doc.isbn, doc.title), ofItem: (b) => bookKey(b.isbn, b.title) },
    async (b) => ({
      title: b.title,
      author: b.author,
      publisher: b.publisher,
      isbn: b.isbn ?? null,
      category: valueOf(BOOK_CATEGORIES, b.category),
      recommendation: b.recommendation,
      cover: await image(`book-cover-${valueOf(BOOK_CATEGORIES, b.category)}.webp`, `“${b.category}”类推荐书目示意封面：纯色书封与几何图形`, () =>
        bookCoverSvg(BOOK_COLOURS[b.category]),
      ),
    }),
  );

  counts[SLUGS.readingEvents] = await createMissing(
    payload,
    SLUGS.readingEvents,
    readingEvents,
    { ofDoc: textKey('title'), ofItem: (e) => e.title },
    (e) => ({
      title: e.title,
      startsAt: daysFrom(now, e.dayOffset),
      endsAt: daysFrom(now, e.dayOffset, e.durationHours),
      place: e.place ?? null,
      onlineUrl: e.onlineUrl ?? null,
      capacity: e.capacity,
      registration: { opensAt: daysFrom(now, e.dayOffset - 14), closesAt: daysFrom(now, e.dayOffset, -1) },
      description: paragraphs(e.description),
    }),
  );

  counts[SLUGS.storyCalls] = await createMissing(
    payload,
    SLUGS.storyCalls,
    storyCalls,
    { ofDoc: textKey('title'), ofItem: (c) => c.title },
    (c) => ({
      title: c.title,
      theme: c.theme,
      rules: paragraphs(c.rules),
      opensAt: daysFrom(now, c.openDayOffset),
      closesAt: daysFrom(now, c.closeDayOffset),
    }),
  );

  counts[SLUGS.contests] = await createMissing(
    payload,
    SLUGS.contests,
    [singerContest],
    { ofDoc: textKey('title'), ofItem: (c) => c.title },
    (c) => ({
      title: c.title,
      edition: c.edition,
      theme: c.theme,
      rules: paragraphs(c.rules),
      rounds: c.rounds.map((r) => ({
        name: r.name,
        startsAt: daysFrom(now, r.startDayOffset),
        endsAt: daysFrom(now, r.endDayOffset),
        judgeWeight: r.judgeWeight,
        publicWeight: r.publicWeight,
      })),
    }),
  );
  const contestId = (await existingKeys(payload, SLUGS.contests, textKey('title'))).get(singerContest.title);
  if (contestId === undefined) throw new Error('The seeded contest is missing');

  const contestantKey = (doc: Record<string, unknown>) => `${String(doc.stageName)}|${String(doc.employer)}`;
  counts[SLUGS.contestants] = await createMissing(
    payload,
    SLUGS.contestants,
    contestants,
    { ofDoc: contestantKey, ofItem: (c) => `${c.stageName}|${c.employer}` },
    async (c) => ({
      stageName: c.stageName,
      employer: c.employer,
      song: c.song,
      photo: await photo(c.stageName.length % PHOTO_COLOURS.length),
      contest: contestId,
      roundStatus: valueOf(ROUND_STATUSES, c.roundStatus),
    }),
  );

  counts[SLUGS.quizzes] = await createMissing(
    payload,
    SLUGS.quizzes,
    [safetyQuiz],
    { ofDoc: textKey('title'), ofItem: (q) => q.title },
    (q) => ({
      title: q.title,
      opensAt: daysFrom(now, q.openDayOffset),
      closesAt: daysFrom(now, q.closeDayOffset),
      questionsPerAttempt: q.questionsPerAttempt,
      timeLimitSeconds: q.timeLimitSeconds,
      attemptsPerDay: q.attemptsPerDay,
    }),
  );

  counts[SLUGS.quizQuestions] = await createMissing(
    payload,
    SLUGS.quizQuestions,
    quizQuestions,
    { ofDoc: textKey('stem'), ofItem: (q) => q.stem },
    (q) => ({
      stem: q.stem,
      options: q.options.map((text) => ({ text })),
      correctAnswers: q.correct.map((i) => OPTION_LETTERS[i]),
      explanation: q.explanation,
      category: valueOf(QUESTION_CATEGORIES, q.category),
      difficulty: q.difficulty,
    }),
  );

  counts[SLUGS.enterprises] = await createMissing(
    payload,
    SLUGS.enterprises,
    enterprises,
    { ofDoc: textKey('name'), ofItem: (e) => e.name },
    (e) => ({ name: e.name, district: valueOf(DISTRICTS, e.district), headcount: e.headcount }),
  );

  const campaignIds = await existingKeys(payload, SLUGS.campaigns, textKey('slug'));
  counts[SLUGS.news] = await createMissing(
    payload,
    SLUGS.news,
    news,
    { ofDoc: textKey('slug'), ofItem: (n) => n.slug },
    (n) => ({
      title: n.title,
      slug: n.slug,
      campaign: campaignIds.get(n.campaignSlug) ?? null,
      publishedAt: daysFrom(now, n.dayOffset),
      summary: n.summary,
      body: paragraphs(n.body),
    }),
  );

  // Editors may have changed the settings since; only an empty global is filled in.
  const settings = await payload.findGlobal({ slug: GLOBAL_SLUGS.siteSettings, overrideAccess: true });
  if (!settings.organisationName) {
    await payload.updateGlobal({ slug: GLOBAL_SLUGS.siteSettings, data: { ...siteSettings }, overrideAccess: true });
    log('Filled in the site settings');
  }

  if (options.scale) {
    const employers = enterprises.map((e) => e.name);
    const workers = scalePeople(300, employers, 20190501);
    counts[SLUGS.modelWorkers] =
      (counts[SLUGS.modelWorkers] ?? 0) +
      (await createMissing(
        payload,
        SLUGS.modelWorkers,
        workers,
        { ofDoc: nameAndEmployer, ofItem: (w) => `${w.name}|${w.employer}` },
        async (w) => ({
          name: w.name,
          gender: w.gender,
          portrait: await portrait(w.gender),
          employer: w.employer,
          industry: choose(INDUSTRIES, w.draws[0]).value,
          district: choose(DISTRICTS, w.draws[1]).value,
          honors: [{ level: 'municipal', title: '劳动模范', year: 2000 + Math.floor(w.draws[2] * 20) }],
          isEraCraftsman: false,
          quote: '（基准测试用示例数据）',
        }),
      ));
    const singers = scalePeople(2000, employers, 20190601);
    counts[SLUGS.contestants] =
      (counts[SLUGS.contestants] ?? 0) +
      (await createMissing(
        payload,
        SLUGS.contestants,
        singers,
        { ofDoc: contestantKey, ofItem: (s) => `${s.name}|${s.employer}` },
        async (s) => ({
          stageName: s.name,
          employer: s.employer,
          song: scaleSong(s),
          photo: await photo(Math.floor(s.draws[1] * PHOTO_COLOURS.length)),
          contest: contestId,
          roundStatus: 'registered',
        }),
      ));
  }

  for (const [collection, count] of Object.entries(counts)) if (count) log(`Created ${count} ${collection}`);
  return counts;
}

