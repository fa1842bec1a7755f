// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { VOTE_RECEIPT_PATTERN, voteVoidRequestSchema } from '@union/schemas';
import { env } from '../env.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, parseJsonBody, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { voteVoidsRepository } from '../repositories/vote-voids.ts';

const voids = voteVoidsRepository(documentClientFromEnv(env), env.TABLE_NAME);

/**
 * POST /v1/internal/votes/{receipt}/void (CMS, bearer INTERNAL_API_TOKEN): an editor voids a vote with a
 * reason. The vote item keeps it (voidedAt, voidReason, voidedBy); the tally subtracts it from the
 * candidate's total when the stream brings the change, so results show it within seconds.
 */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const receipt = event.pathParameters?.receipt ?? '';
  // The body is checked first, so a bad request is refused the same way whatever the receipt.
  const request = parseJsonBody(event, voteVoidRequestSchema);
  if (!VOTE_RECEIPT_PATTERN.test(receipt)) throw new HttpError('VOTE_NOT_FOUND');

  const result = await voids.void(receipt, { ...request, now: new Date() });
  if (result.outcome === 'not-found') throw new HttpError('VOTE_NOT_FOUND');
  if (result.outcome === 'already-voided') throw new HttpError('VOTE_ALREADY_VOIDED');
  // Who voided stays on the item for the audit; it is an editor's name, so it stays out of the logs, and
  // so does the receipt (it ties the log line to one participant's vote).
  logger.info('Vote voided', { campaign: result.vote.campaign, round: result.vote.round, requestId: event.requestContext.requestId });
  return json(200, { vote: result.vote });
});
