// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import type { VotingRound } from '@union/schemas';
import { env } from '../env.ts';
import { personalDataCipherFromEnv } from '../lib/data-keys.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { requireParticipant } from '../lib/participant-token.ts';
import { openPersonal } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { participantIndexRepository } from '../repositories/participant-index.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const index = participantIndexRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const cipher = personalDataCipherFromEnv(env);

type VoteNames = { roundName: string | null; candidateName: string | null; like: boolean };

/**
 * What a vote shows beside its ids, from the campaign's current rules snapshot: the round's and the
 * candidate's names (null once the snapshot no longer lists them) and whether it is a 点赞. A round's
 * candidates are indexed on first use: a round of likes lists thousands, and one phone may have liked often.
 */
function voteNamer(rounds: readonly VotingRound[] | undefined): (round: string, candidate: string) => VoteNames {
  const byId = new Map((rounds ?? []).map((r) => [r.id, r]));
  const candidateNames = new Map<string, Map<string, string>>();
  return (roundId, candidateId) => {
    const round = byId.get(roundId);
    if (!round) return { roundName: null, candidateName: null, like: false };
    let names = candidateNames.get(round.id);
    if (!names) candidateNames.set(round.id, (names = new Map(round.candidates.map((c) => [c.id, c.name]))));
    return { roundName: round.name, candidateName: names.get(candidateId) ?? null, like: round.candidateSource === 'all-model-workers' };
  };
}

const unnamed = voteNamer(undefined);

/**
 * GET /v1/me (我的参与): what the verified phone has given the campaigns: its registrations (name and
 * work unit decrypted for the person themselves, the phone masked) and its votes with their receipts,
 * named from each campaign's rules snapshot (one cached read per campaign voted in).
 */
export const handler = httpHandler(logger, async (event) => {
  const { sub } = requireParticipant(event);
  const items = await index.items(sub);

  const voteItems = items.filter((item) => item.entity === 'vote');
  const votedCampaigns = [...new Set(voteItems.map((item) => String(item.campaign)))];
  const registrationItems = items.filter((item) => item.entity === 'registration');
  // The snapshots are read while the registrations are, each at most once (and from the repository's cache).
  const [namerEntries, views] = await Promise.all([
    Promise.all(votedCampaigns.map(async (slug) => [slug, voteNamer((await campaignRules.get(slug))?.rules.voting?.rounds)] as const)),
    Promise.all(registrationItems.map(async (item) => {
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
    })),
  ]);
  const namers = new Map(namerEntries);
  const votes = voteItems
    .map((item) => ({
      receipt: String(item.pk).replace(/^VOTE#/, ''),
      campaign: item.campaign,
      round: item.round,
      candidate: item.candidate,
      castAt: item.castAt,
      counted: item.countedAt !== undefined && item.voidedAt === undefined,
      ...(item.voidedAt !== undefined ? { voided: true } : {}),
      ...(namers.get(String(item.campaign)) ?? unnamed)(String(item.round), String(item.candidate)),
    }))
    .sort((a, b) => String(b.castAt).localeCompare(String(a.castAt)));

  return json(200, {
    registrations: views.filter((v) => v !== undefined).sort((a, b) => b.registeredAt.localeCompare(a.registeredAt)),
    votes,
  });
});
