/**
 * Next.js calls this once when the server starts. Payload starts its job runner (scheduled
 * publishing, site builds) only with `cron: true`, which the admin passes on its first request;
 * starting it here means scheduled jobs run after a restart even if nobody opens the admin.
 */
export async function register(): Promise<void> {
  // Next removes the branch from the edge bundle only when it sees this exact expression, so it
  // cannot go through env.ts (which the Node-only module below does use).
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startJobRunner } = await import('./startJobRunner.ts');
    await startJobRunner();
  }
}
