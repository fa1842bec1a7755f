import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { lexicalEditor } from '@payloadcms/richtext-lexical';
import { zh } from '@payloadcms/translations/languages/zh';
import type { Config, DatabaseAdapterObj } from 'payload';
import sharp from 'sharp';
import { AuditLog } from './collections/AuditLog/index.ts';
import { Books } from './collections/Books/index.ts';
import { Campaigns } from './collections/Campaigns/index.ts';
import { Contestants } from './collections/Contestants/index.ts';
import { Contests } from './collections/Contests/index.ts';
import { Enterprises } from './collections/Enterprises/index.ts';
import { InnovationStudios } from './collections/InnovationStudios/index.ts';
import type { RulesSyncSettings } from './collections/Campaigns/hooks/rulesApi.ts';
import { mediaCollection } from './collections/Media/index.ts';
import { ModelWorkers } from './collections/ModelWorkers/index.ts';
import { News } from './collections/News/index.ts';
import { withReviewWorkflow } from './collections/publishedContent.ts';
import { Pages } from './collections/Pages/index.ts';
import { QuizQuestions } from './collections/QuizQuestions/index.ts';
import { Quizzes } from './collections/Quizzes/index.ts';
import { ReadingEvents } from './collections/ReadingEvents/index.ts';
import { StoryCalls } from './collections/StoryCalls/index.ts';
import { Users } from './collections/Users/index.ts';
import { coordinateSqliteWriters } from './db/sqliteConnections.ts';
import { keepErrorDetails } from './errors/keepErrorDetails.ts';
import { databaseKindOf } from './env.ts';
import { SiteSettings } from './globals/SiteSettings.ts';
import { SiteBuilds } from './collections/SiteBuilds/index.ts';
import { isAdmin } from './access/isAdmin.ts';
import { SITE_BUILD_QUEUE } from './publishing/buildStates.ts';
import { buildSiteTask, recoverInterruptedBuilds } from './publishing/buildSiteTask.ts';
import { scheduleSiteBuildForGlobal, withSitePublishing } from './publishing/scheduleSiteBuild.ts';
import type { SitePublishingSettings } from './publishing/settings.ts';
import { publishScheduledTask, SCHEDULING_QUEUE, unpublishScheduledTask } from './scheduling/scheduledPublishing.ts';
import { SLUGS } from './slugs.ts';
import { checkInEndpoint } from './participation/checkInEndpoint.ts';
import { exportEndpoints } from './participation/exportsEndpoints.ts';
import { voidVoteEndpoint } from './participation/voidVoteEndpoint.ts';

const srcDir = path.dirname(fileURLToPath(import.meta.url));

/** Committed migrations, one folder per adapter: the schema never comes from a push. */
export const MIGRATION_DIRS = {
  sqlite: path.join(srcDir, 'migrations', 'sqlite'),
  postgres: path.join(srcDir, 'migrations', 'postgres'),
} as const;

const SQLITE_BUSY_TIMEOUT_MS = 5_000;
// Longer than any transaction should take, rules sync timeout included; a writer waiting longer fails with SQLITE_BUSY.
const SQLITE_WRITE_LOCK_TIMEOUT_MS = 30_000;

/** Everything that differs between a running CMS, a test run and a CLI call. */
export interface CmsSettings {
  databaseUrl: string;
  /** Holds the SQLite file (by default) and uploaded media. */
  dataDir: string;
  secret: string;
  serverUrl: string;
  rulesSync: RulesSyncSettings;
  /** Rebuilding the static sites after publishing; off when absent. */
  sitePublishing?: SitePublishingSettings;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
}

function databaseAdapter(databaseUrl: string): DatabaseAdapterObj {
  if (databaseKindOf(databaseUrl) === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: databaseUrl },
      push: false,
      migrationDir: MIGRATION_DIRS.postgres,
    });
  }
  const file = databaseUrl.replace(/^file:/, '');
  // libSQL creates the file but not its folder.
  if (file && !file.startsWith(':memory:')) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return sqliteAdapter({
    client: { url: databaseUrl },
    push: false,
    migrationDir: MIGRATION_DIRS.sqlite,
    // Off by default for SQLite, but the rules sync relies on a failed hook rolling the write back.
    // WAL and a busy timeout keep readers and the one writer from tripping over each other.
    transactionOptions: {},
    wal: true,
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
  });
}

/** The Payload configuration of the campaign CMS, before `buildConfig`. */
export function cmsConfig(settings: CmsSettings): Config {
  // Payload creates the folder on the first upload.
  const mediaDir = path.join(settings.dataDir, 'media');

  return {
    serverURL: settings.serverUrl,
    secret: settings.secret,
    telemetry: false,
    admin: {
      user: SLUGS.users,
      importMap: { baseDir: srcDir },
      // Gravatar would load an image from abroad and send it a hash of each editor's email.
      avatar: 'default',
      meta: {
        titleSuffix: '- 市总工会活动管理后台',
        description: '市总工会职工活动内容管理后台',
      },
      dateFormat: 'yyyy年M月d日 HH:mm',
      components: {
        beforeDashboard: ['/review/components/PendingReviews.tsx#PendingReviews', '/publishing/components/SiteBuildsPanel.tsx#SiteBuildsPanel'],
        afterNavLinks: ['/participation/components/ParticipationNavLinks.tsx#ParticipationNavLinks'],
        views: {
          checkIn: { Component: '/participation/components/CheckInView.tsx#CheckInView', path: '/check-in' },
          votes: { Component: '/participation/components/VoteModerationView.tsx#VoteModerationView', path: '/votes' },
        },
      },
    },
    i18n: {
      supportedLanguages: { zh },
      fallbackLanguage: 'zh',
    },
    collections: [
      Users,
      withSitePublishing(mediaCollection({ staticDir: mediaDir })),
      ...[
        Campaigns,
        ModelWorkers,
        InnovationStudios,
        Books,
        ReadingEvents,
        StoryCalls,
        Contests,
        Contestants,
        Quizzes,
        QuizQuestions,
        Enterprises,
        News,
        Pages,
      ]
        .map(withReviewWorkflow)
        .map(withSitePublishing),
      AuditLog,
      SiteBuilds,
    ],
    // Exports, check-in and vote voiding: authenticated by Payload (session cookie or API key), roles checked inside.
    endpoints: [...exportEndpoints, checkInEndpoint, voidVoteEndpoint],
    hooks: { afterError: [keepErrorDetails] },
    globals: [{ ...SiteSettings, hooks: { ...SiteSettings.hooks, afterChange: [...(SiteSettings.hooks?.afterChange ?? []), scheduleSiteBuildForGlobal] } }],
    jobs: {
      tasks: [publishScheduledTask, unpublishScheduledTask, buildSiteTask],
      // Jobs are queued by the server itself (approvals, publishing); nobody runs or queues them over HTTP but admins.
      access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
      // Runs only where the job runner starts (the Next server, see instrumentation.ts), never in CLI processes.
      autoRun: async (payload) => {
        await recoverInterruptedBuilds(payload);
        return [
          { cron: '*/5 * * * * *', queue: SCHEDULING_QUEUE, limit: 10 },
          { cron: '* * * * * *', queue: SITE_BUILD_QUEUE, limit: 1 },
        ];
      },
    },
    editor: lexicalEditor(),
    db: databaseAdapter(settings.databaseUrl),
    sharp,
    upload: { limits: { fileSize: 10 * 1024 * 1024 } },
    typescript: { outputFile: path.join(srcDir, 'payload-types.ts') },
    custom: { rulesSync: settings.rulesSync, dataDir: settings.dataDir, sitePublishing: settings.sitePublishing },
    ...(settings.logLevel ? { logger: { options: { level: settings.logLevel } } } : {}),
    onInit: async (payload) => {
      if (databaseKindOf(settings.databaseUrl) === 'sqlite') coordinateSqliteWriters(payload, { busyTimeoutMs: SQLITE_BUSY_TIMEOUT_MS, lockTimeoutMs: SQLITE_WRITE_LOCK_TIMEOUT_MS });
      if (!settings.rulesSync.url) {
        payload.logger.info('Campaign rules sync is off: API_INTERNAL_URL is not set');
      }
    },
  };
}
