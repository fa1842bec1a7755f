import { createPostgresDatabase } from './databases.ts';
import { cmsIntegrationSuite } from './suite.ts';

// vitest.config.ts only includes this file when TEST_POSTGRES_URL is set.
const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set');

cmsIntegrationSuite('PostgreSQL', () => createPostgresDatabase(serverUrl));
