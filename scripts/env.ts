import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(65535)), fallback);

const schema = z.object({
  /** Where the local stack keeps its data between runs (SQLite, media, DynamoDB Local). */
  UNION_DATA_DIR: z._default(z.string(), path.join(repoRoot, '.data')),
  CMS_PORT: port(3000),
  API_PORT: port(8787),
  SITE_PORT: port(4321),
  DYNAMODB_PORT: port(8000),
  SEED_ADMIN_PASSWORD: z.optional(z.string()),
  /** Skip the production build of the admin and run `next dev` instead (faster first start while developing the CMS). */
  CMS_DEV: z._default(z.stringbool(), false),
  /** Wipe the data folder first (the end-to-end run starts from nothing every time). */
  UNION_FRESH_DATA: z._default(z.stringbool(), false),
  /** Also seed the bulk benchmark data (300 model workers, 2,000 contestants): `npm run seed -- --scale`. */
  SEED_SCALE: z._default(z.stringbool(), false),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  console.error('Invalid environment for the local stack:', z.prettifyError(parsed.error));
  process.exit(1);
}

export const env = { ...parsed.data, repoRoot, UNION_DATA_DIR: path.resolve(parsed.data.UNION_DATA_DIR) };

/** Where each part of the local stack answers; `site` is the one origin of every static site, each under its base path. */
export const localUrls = {
  cms: `http://localhost:${env.CMS_PORT}`,
  api: `http://127.0.0.1:${env.API_PORT}`,
  site: `http://localhost:${env.SITE_PORT}`,
  dynamodb: `http://127.0.0.1:${env.DYNAMODB_PORT}`,
};

/** The static sites' release folders (`<site>/current` is the one served). */
export const sitesDir = path.join(env.UNION_DATA_DIR, 'sites');
