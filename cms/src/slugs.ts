/** Collection slugs, in one place so access rules, hooks and tests agree on them. */
export const SLUGS = {
  users: 'users',
  media: 'media',
  campaigns: 'campaigns',
  modelWorkers: 'model-workers',
  innovationStudios: 'innovation-studios',
  books: 'books',
  readingEvents: 'reading-events',
  storyCalls: 'story-calls',
  contests: 'contests',
  contestants: 'contestants',
  quizzes: 'quizzes',
  quizQuestions: 'quiz-questions',
  enterprises: 'enterprises',
  pages: 'pages',
  news: 'news',
  auditLog: 'audit-log',
  siteBuilds: 'site-builds',
} as const;

/** Global slugs. */
export const GLOBAL_SLUGS = {
  siteSettings: 'site-settings',
} as const;

/** Admin navigation groups, one per campaign kind plus shared content. */
export const ADMIN_GROUPS = {
  modelWorkers: '劳模风采',
  readingMonth: '职工读书月',
  singerContest: '职工歌手大赛',
  ankangCup: '安康杯',
  shared: '通用',
} as const;

/**
 * CMS roles: admins run everything; editors draft; reviewers approve (publish and unpublish);
 * viewers (e.g. leadership) only look.
 */
export type Role = 'admin' | 'editor' | 'reviewer' | 'viewer';

export const ROLES: readonly Role[] = ['admin', 'editor', 'reviewer', 'viewer'];

/** Chinese labels of the user roles. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  editor: '编辑',
  reviewer: '审核',
  viewer: '只读',
};
