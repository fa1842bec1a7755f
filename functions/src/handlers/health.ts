// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { healthRepository } from '../repositories/health.ts';

const health = healthRepository(documentClientFromEnv(env), env.TABLE_NAME);

/** GET /v1/health: 200 when the table answers; an unreachable table is an outage (500, logged). */
export const handler = httpHandler(logger, async () => {
  await health.probe();
  return json(200, { status: 'ok' });
});
