// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { requireParticipant } from '../lib/participant-token.ts';
import { participantIndexRepository } from '../repositories/participant-index.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const index = participantIndexRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);

/**
 * DELETE /v1/me: erasure on request. The phone's registrations are deleted (a confirmed place first goes
 * to the next waitlisted person, as a cancellation would), and its votes are unlinked from it: they stay
 * counted, but nothing ties them to the person any more. Safe to repeat.
 */
export const handler = httpHandler(logger, async (event) => {
  const { sub } = requireParticipant(event);
  const items = await index.items(sub);
  const now = new Date();

  let registrationsDeleted = 0;
  for (const item of items.filter((i) => i.entity === 'registration')) {
    if ((await registrations.remove(String(item.campaign), sub, now)) === 'cancelled') registrationsDeleted += 1;
  }
  let votesUnlinked = 0;
  for (const item of items.filter((i) => i.entity === 'vote')) {
    if (await index.unlinkVote({ pk: String(item.pk), sk: String(item.sk) }, sub)) votesUnlinked += 1;
  }

  logger.info('Participant data erased', { registrationsDeleted, votesUnlinked, requestId: event.requestContext.requestId });
  return json(200, { deleted: { registrations: registrationsDeleted, votesUnlinked } });
});
