// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { requireParticipant } from '../lib/participant-token.ts';

/**
 * GET /v1/participant: whether the bearer's participant token is still good, and until when, so an
 * island can ask for a new code before a vote fails. Answers nothing that identifies the person.
 */
export const handler = httpHandler(logger, async (event) => {
  const { purpose, exp } = requireParticipant(event);
  return json(200, { participant: { purpose, expiresAt: new Date(exp * 1000).toISOString() } });
});
