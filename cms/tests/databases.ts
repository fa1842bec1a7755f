import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A fresh, empty database for one test run, and the committed migrations that build its schema. */
export interface TestDatabase {
  url: string;
  migrations: { name: string; up: (...args: never[]) => Promise<void>; down: (...args: never[]) => Promise<void> }[];
  drop: () => Promise<void>;
}

/** A new SQLite file in a temporary folder. */
export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-test-sqlite-'));
  const { migrations } = await import('../src/migrations/sqlite/index.ts');
  return {
    url: `file:${path.join(dir, 'cms.db')}`,
    migrations,
    drop: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

/** A new database `cms_test_<random>` on the server of `serverUrl`, dropped again at the end. */
export async function createPostgresDatabase(rawServerUrl: string): Promise<TestDatabase> {
  const name = `cms_test_${randomBytes(6).toString('hex')}`;
  // Like psql, fall back to the OS account when the URL names no user (node-postgres would read $USER, which may be unset).
  const server = new URL(rawServerUrl);
  if (!server.username) server.username = os.userInfo().username;
  const serverUrl = server.toString();
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { migrations } = await import('../src/migrations/postgres/index.ts');
  return {
    url: url.toString(),
    migrations,
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * Stops a Payload instance and its database driver. payload.destroy() leaves the driver's
 * connections open: close the idle ones; the PostgreSQL adapter keeps one client checked out for
 * good, which the forced DROP DATABASE then cuts.
 */
export async function closePayload(payload: import('payload').Payload | undefined): Promise<void> {
  const driver = payload?.db as unknown as
    | { pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void }; client?: { close: () => void } }
    | undefined;
  await payload?.destroy();
  driver?.pool?.on('error', () => {});
  void driver?.pool?.end();
  driver?.client?.close();
}
