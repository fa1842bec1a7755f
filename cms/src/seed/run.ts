import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { env } from '../env.ts';
import { seed } from './index.ts';

// CLI: `npm run seed -w @union/cms`. The schema must exist already (`npm run migrate` first).
const payload = await getPayload({ config });
try {
  const result = await seed(payload, { adminEmail: env.seedAdminEmail, password: env.seedAdminPassword });
  const created = result.created;
  console.log(
    `Seed done: ${created.users.length} account(s), ${created.media.length} image(s), ${created.campaigns.length} campaign(s) created` +
      (env.apiInternalUrl ? `, ${result.synced} campaign rule set(s) synced` : ''),
  );
} finally {
  await payload.destroy();
}
process.exit(0);
