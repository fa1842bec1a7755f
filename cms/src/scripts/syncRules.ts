import { getPayload } from 'payload';
import { syncAllCampaignRules } from '../collections/Campaigns/hooks/pushCampaignRules.ts';
import { env } from '../env.ts';
import config from '../payload.config.ts';

// CLI: `npm run sync:rules -w @union/cms` pushes every published campaign's rules to the participation API.
if (!env.apiInternalUrl) {
  console.log('Campaign rules sync is off: API_INTERNAL_URL is not set');
  process.exit(0);
}
const payload = await getPayload({ config });
try {
  const count = await syncAllCampaignRules(payload);
  console.log(`Pushed the rules of ${count} published campaign(s) to ${env.apiInternalUrl}`);
} finally {
  await payload.destroy();
}
process.exit(0);
