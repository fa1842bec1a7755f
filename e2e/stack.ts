import os from 'node:os';
import path from 'node:path';

/** The end-to-end stack: same script as `npm start`, other ports, a throw-away data folder. */
export const E2E = {
  dataDir: path.join(os.tmpdir(), 'union-e2e'),
  site: 'http://localhost:4331',
  cms: 'http://localhost:3300',
  api: 'http://127.0.0.1:8797',
  ports: { CMS_PORT: '3300', API_PORT: '8797', SITE_PORT: '4331', DYNAMODB_PORT: '8010' },
  adminEmail: 'admin@example.com',
  adminPassword: 'e2e-Admin-Passw0rd',
} as const;
