import type { VotingRound } from '@union/schemas';
import type { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { HttpError } from './http.ts';

/**
 * A campaign's voting round as its stored rules snapshot lists it (the candidates the public may see),
 * for the public results reads: 404 CAMPAIGN_NOT_FOUND or ROUND_NOT_FOUND otherwise.
 */
export async function storedRound(campaignRules: ReturnType<typeof campaignRulesRepository>, slug: string, round: string): Promise<VotingRound> {
  const stored = await campaignRules.get(slug);
  if (!stored) throw new HttpError('CAMPAIGN_NOT_FOUND');
  const found = stored.rules.voting?.rounds?.find((r) => r.id === round);
  if (!found) throw new HttpError('ROUND_NOT_FOUND');
  return found;
}
