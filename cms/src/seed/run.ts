import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { env } from '../env.ts';
import { seed } from './index.ts';

// CLI: `npm run seed -w @union/cms [-- --scale]`. The schema must exist already (`npm run migrate` first).
// --scale adds 300 generated model workers and 2,000 contestants for benchmarks.
const scale = process.argv.slice(2).includes('--scale');
const payload = await getPayload({ config });
try {
  const result = await seed(payload, { adminEmail: env.seedAdminEmail, password: env.seedAdminPassword, scale });
  const created = result.created;
  console.log(
    `Seed done: ${created.users.length} account(s), ${created.media.length} image(s), ${created.campaigns.length} campaign(s), ` +
      `${Object.values(created.content).reduce((sum, n) => sum + (n ?? 0), 0)} content document(s) created` +
      (env.apiInternalUrl ? `, ${result.synced} campaign rule set(s) synced` : ''),
  );
} finally {
  await payload.destroy();
}
process.exit(0);
