import { vitestProject } from '@union/config/vitest';

const postgresConfigured = Boolean(process.env.TEST_POSTGRES_URL);
if (!postgresConfigured && process.env.CI) {
  throw new Error('TEST_POSTGRES_URL must be set in CI: the CMS integration suite has to run on PostgreSQL too.');
}
if (!postgresConfigured) {
  console.log('PostgreSQL suite not configured: set TEST_POSTGRES_URL to run it');
}

export default vitestProject('cms', {
  ...(postgresConfigured ? {} : { exclude: ['**/node_modules/**', 'tests/postgres.test.ts'] }),
  // One worker: each database suite boots Payload and runs migrations, and the machine has two cores.
  pool: 'forks',
  maxWorkers: 1,
  testTimeout: 60_000,
  hookTimeout: 180_000,
});
