import { isNextNodeServer } from './env.ts';

/**
 * Next.js calls this once when the server starts. Payload starts its job runner (scheduled
 * publishing, site builds) only with `cron: true`, which the admin passes on its first request;
 * starting it here means scheduled jobs run after a restart even if nobody opens the admin.
 */
export async function register(): Promise<void> {
  if (!isNextNodeServer()) return;
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('./payload.config.ts')]);
  await getPayload({ config, cron: true });
}
