// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { VOTE_RECEIPT_PATTERN, type VoteResponse } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { votesRepository } from '../repositories/votes.ts';

const votes = votesRepository(documentClientFromEnv(env), env.TABLE_NAME);

/**
 * GET /v1/votes/{receipt}: what a receipt's vote was and whether the tally counted it. Holds nothing
 * about the voter; not cached, since `counted` and `voided` change.
 */
export const handler = httpHandler(logger, async (event) => {
  const receipt = event.pathParameters?.receipt;
  // A malformed receipt names no vote: the same 404 as an unknown one, so receipts cannot be probed by shape.
  if (!receipt || !VOTE_RECEIPT_PATTERN.test(receipt)) throw new HttpError('VOTE_NOT_FOUND');
  const vote = await votes.get(receipt);
  if (!vote) throw new HttpError('VOTE_NOT_FOUND');
  const body: VoteResponse = {
    vote: {
      receipt: vote.receipt,
      campaign: vote.campaign,
      round: vote.round,
      candidate: vote.candidate,
      castAt: vote.castAt,
      counted: vote.countedAt !== undefined,
      voided: vote.voidedAt !== undefined,
      ...(vote.voidedAt !== undefined && vote.voidReason !== undefined ? { voidReason: vote.voidReason } : {}),
    },
  };
  return json(200, body);
});
