import { getPayload } from 'payload';
import { isNextNodeServer } from './env.ts';
import config from './payload.config.ts';

/** Boots Payload with its job runner in the Next server (not during `next build`). */
export async function startJobRunner(): Promise<void> {
  if (!isNextNodeServer()) return;
  await getPayload({ config, cron: true });
}
