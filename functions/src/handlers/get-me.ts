// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { personalDataCipherFromEnv } from '../lib/data-keys.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { requireParticipant } from '../lib/participant-token.ts';
import { openPersonal } from '../lib/registration.ts';
import { participantIndexRepository } from '../repositories/participant-index.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const index = participantIndexRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);
const cipher = personalDataCipherFromEnv(env);

/**
 * GET /v1/me (我的参与): what the verified phone has given the campaigns: its registrations (name and
 * work unit decrypted for the person themselves, the phone masked) and its votes with their receipts.
 */
export const handler = httpHandler(logger, async (event) => {
  const { sub } = requireParticipant(event);
  const items = await index.items(sub);

  const registrationItems = items.filter((item) => item.entity === 'registration');
  const views = await Promise.all(
    registrationItems.map(async (item) => {
      const reg = await registrations.get(String(item.campaign), sub);
      if (!reg) return undefined;
      const { name, workUnit } = await openPersonal(cipher, reg);
      return {
        campaign: reg.campaign,
        status: reg.status,
        confirmationCode: reg.confirmationCode,
        name,
        workUnit,
        phoneMasked: reg.phoneMasked,
        consents: reg.consents,
        registeredAt: reg.registeredAt,
        ...(reg.status === 'waitlisted' && reg.waitlistTicket !== undefined
          ? { waitlistPosition: await registrations.position(reg.campaign, reg.waitlistTicket) }
          : {}),
        ...(reg.checkedInAt ? { checkedInAt: reg.checkedInAt } : {}),
        ...(reg.cancelledAt ? { cancelledAt: reg.cancelledAt } : {}),
      };
    }),
  );
  const votes = items
    .filter((item) => item.entity === 'vote')
    .map((item) => ({
      receipt: String(item.pk).replace(/^VOTE#/, ''),
      campaign: item.campaign,
      round: item.round,
      candidate: item.candidate,
      castAt: item.castAt,
      counted: item.countedAt !== undefined && item.voidedAt === undefined,
      ...(item.voidedAt !== undefined ? { voided: true } : {}),
    }))
    .sort((a, b) => String(b.castAt).localeCompare(String(a.castAt)));

  return json(200, {
    registrations: views.filter((v) => v !== undefined).sort((a, b) => b.registeredAt.localeCompare(a.registeredAt)),
    votes,
  });
});
