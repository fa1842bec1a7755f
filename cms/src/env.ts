import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

// cms/src/env.ts → the repository root is two levels up, whatever the working directory.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_DATA_DIR = path.join(repoRoot, '.data', 'cms');

const DEV_PAYLOAD_SECRET = 'local-dev-payload-secret-not-for-production';
const DEV_INTERNAL_API_TOKEN = 'local-internal-token';

// An empty variable (FOO= in a shell or .env file) counts as unset.
const optional = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (value === '' ? undefined : value)),
    z.optional(schema),
  );

const rawSchema = z.object({
  STAGE: z._default(z.enum(['local', 'aws']), 'local'),
  DATABASE_URL: optional(z.string().check(z.regex(/^(file:|postgres:\/\/|postgresql:\/\/)/))),
  DATA_DIR: optional(z.string()),
  PAYLOAD_SECRET: optional(z.string().check(z.minLength(16))),
  SERVER_URL: optional(z.url()),
  API_INTERNAL_URL: optional(z.url()),
  INTERNAL_API_TOKEN: optional(z.string().check(z.minLength(8))),
  SEED_ADMIN_EMAIL: optional(z.email()),
  SEED_ADMIN_PASSWORD: optional(z.string().check(z.minLength(8))),
  SITES_DIR: optional(z.string()),
  PUBLIC_SITE_URL: optional(z.url()),
  SITE_BUILD_BATCH_MS: optional(z.coerce.number().check(z.int(), z.gte(0), z.lte(600_000))),
});

export type DatabaseKind = 'sqlite' | 'postgres';

export interface CmsEnv {
  stage: 'local' | 'aws';
  databaseUrl: string;
  databaseKind: DatabaseKind;
  dataDir: string;
  payloadSecret: string;
  serverUrl: string;
  /** Base URL of the participation API; null turns the campaign rules sync off. */
  apiInternalUrl: string | null;
  internalApiToken: string;
  seedAdminEmail: string;
  seedAdminPassword: string | null;
  /** Where the served static sites live; null: this process never builds sites (CLI runs, the seed). */
  sitesDir: string | null;
  publicSiteUrl: string;
  siteBuildBatchMs: number;
  repoRoot: string;
}

/** The database adapter a connection string selects. */
export function databaseKindOf(url: string): DatabaseKind {
  return /^postgres(?:ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** Validates the CMS configuration from a set of environment variables (process.env by default). */
export function parseEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const result = rawSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid CMS environment: ${problems}`);
  }
  const raw = result.data;
  const aws = raw.STAGE === 'aws';
  if (aws && !raw.PAYLOAD_SECRET) throw new Error('Invalid CMS environment: PAYLOAD_SECRET is required when STAGE=aws');
  if (aws && raw.API_INTERNAL_URL && !raw.INTERNAL_API_TOKEN) {
    throw new Error('Invalid CMS environment: INTERNAL_API_TOKEN is required when STAGE=aws and API_INTERNAL_URL is set');
  }
  const dataDir = path.resolve(raw.DATA_DIR ?? DEFAULT_DATA_DIR);
  const databaseUrl = raw.DATABASE_URL ?? `file:${path.join(dataDir, 'cms.db')}`;
  return {
    stage: raw.STAGE,
    databaseUrl,
    databaseKind: databaseKindOf(databaseUrl),
    dataDir,
    payloadSecret: raw.PAYLOAD_SECRET ?? DEV_PAYLOAD_SECRET,
    serverUrl: (raw.SERVER_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
    apiInternalUrl: raw.API_INTERNAL_URL ? raw.API_INTERNAL_URL.replace(/\/+$/, '') : null,
    internalApiToken: raw.INTERNAL_API_TOKEN ?? DEV_INTERNAL_API_TOKEN,
    seedAdminEmail: raw.SEED_ADMIN_EMAIL ?? 'admin@example.com',
    seedAdminPassword: raw.SEED_ADMIN_PASSWORD ?? null,
    sitesDir: raw.SITES_DIR ? path.resolve(raw.SITES_DIR) : null,
    publicSiteUrl: (raw.PUBLIC_SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, ''),
    siteBuildBatchMs: raw.SITE_BUILD_BATCH_MS ?? 2000,
    repoRoot,
  };
}

export const env: CmsEnv = parseEnv();

/** Whether this process is the Next.js server on Node (not the edge runtime, not `next build`). */
export function isNextNodeServer(source: Record<string, string | undefined> = process.env): boolean {
  return source.NEXT_RUNTIME === 'nodejs' && source.NEXT_PHASE !== 'phase-production-build';
}
