// Fictional demo content: shapes of the seed data for the union campaign CMS (people and employers are invented).

import type { DISTRICTS, Gender, HonorLevel, INDUSTRIES } from '@union/schemas';

/** The data modules name industries and districts by the Chinese labels editors see; the seed stores their values. */
export type Industry = (typeof INDUSTRIES)[number]['label'];
export type District = (typeof DISTRICTS)[number]['label'];
export type { Gender, HonorLevel };

export interface HonorSeed {
  level: HonorLevel;
  /** e.g. 劳动模范, 五一劳动奖章, 先进工作者 */
  title: string;
  /** 1995–2019 */
  year: number;
}

export interface ModelWorkerSeed {
  name: string;
  /** Shown on the microsite's home page (首页推荐); six of the demo workers, from different trades. */
  featured?: true;
  gender: Gender;
  employer: string;
  position: string;
  industry: Industry;
  district: District;
  /** 1–3 honours. */
  honors: HonorSeed[];
  /** Named a 苏州时代工匠. */
  isEraCraftsman: boolean;
  /** Present exactly when isEraCraftsman is true. */
  craftsmanYear?: 2018 | 2019;
  /** 2–4 paragraphs; empty only for the worker whose story an editor has not written yet. */
  biography: string[];
  /** At most 60 characters; absent only together with an empty biography. */
  quote?: string;
  /** No portrait uploaded yet: the microsite shows the name's first character instead. */
  noPortrait?: true;
  /** Saved as a draft and never published: not on the microsite, though a published studio names them as its lead. */
  draftOnly?: true;
}

export interface StudioSeed {
  name: string;
  /** Equals the `name` of a ModelWorkerSeed. */
  leadName: string;
  /** Same as the lead's employer. */
  employer: string;
  field: string;
  achievements: string[];
  /** 2012–2019 */
  yearNamed: number;
}

export const BOOK_CATEGORIES = ['时代精神', '技能提升', '家庭生活', '文学经典', '科普健康'] as const;
export type BookCategory = (typeof BOOK_CATEGORIES)[number];

export interface BookSeed {
  title: string;
  author: string;
  publisher: string;
  /** Only when certain; must carry a valid ISBN-10 or ISBN-13 checksum. */
  isbn?: string;
  category: BookCategory;
  recommendation: string;
}

export interface ReadingEventSeed {
  title: string;
  /** Days from the seed date, −5..+30. */
  dayOffset: number;
  durationHours: number;
  place?: string;
  onlineUrl?: string;
  /** 20–300 */
  capacity: number;
  description: string[];
}

export interface StoryCallSeed {
  title: string;
  theme: string;
  rules: string[];
  openDayOffset: number;
  closeDayOffset: number;
}

export type RoundName = '初赛' | '复赛' | '决赛';

export interface ContestRoundSeed {
  name: RoundName;
  startDayOffset: number;
  endDayOffset: number;
  /** judgeWeight + publicWeight = 100 */
  judgeWeight: number;
  publicWeight: number;
}

export interface ContestSeed {
  title: string;
  edition: number;
  theme: string;
  rules: string[];
  rounds: ContestRoundSeed[];
}

export const ROUND_STATUSES = ['报名中', '初赛', '复赛', '决赛', '已淘汰', '获奖'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export interface ContestantSeed {
  stageName: string;
  employer: string;
  song: string;
  roundStatus: RoundStatus;
}

export interface QuizSeed {
  title: string;
  questionsPerAttempt: number;
  timeLimitSeconds: number;
  attemptsPerDay: number;
  openDayOffset: number;
  closeDayOffset: number;
}

export const QUIZ_CATEGORIES = ['消防安全', '用电安全', '个人防护', '急救常识', '危险化学品', '职业病防治'] as const;
export type QuizCategory = (typeof QUIZ_CATEGORIES)[number];
export type QuizDifficulty = 'easy' | 'medium' | 'hard';

export interface QuizQuestionSeed {
  stem: string;
  /** 2–6 options; true/false questions use ['正确', '错误']. */
  options: string[];
  /** 0-based indexes into options; several for multiple-choice questions. */
  correct: number[];
  explanation: string;
  category: QuizCategory;
  difficulty: QuizDifficulty;
}

export interface EnterpriseSeed {
  name: string;
  district: District;
  headcount: number;
}

export const CAMPAIGN_SLUGS = ['model-workers-2019', 'reading-month-2019', 'singer-contest-2019', 'ankang-cup-2019'] as const;
export type CampaignSlug = (typeof CAMPAIGN_SLUGS)[number];

export interface NewsSeed {
  title: string;
  /** lowercase ASCII words joined by hyphens */
  slug: string;
  campaignSlug: CampaignSlug;
  /** ≤ 0: published on or before the seed date. */
  dayOffset: number;
  summary: string;
  body: string[];
}

export interface SiteSettingsSeed {
  organisationName: string;
  contactPhone: string;
  contactEmail: string;
  footerText: string;
  icpNumber: string;
}
