import { createSqliteDatabase } from './databases.ts';
import { cmsIntegrationSuite } from './suite.ts';

cmsIntegrationSuite('SQLite', createSqliteDatabase);
