import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { canModerateVotes } from '../access/roles.ts';
import { errorResponse, LOGIN_REQUIRED_MESSAGE } from '../endpoints/errorResponse.ts';
import { ParticipationApiError, voidVote } from './participationApi.ts';
import { actorLabel, recordParticipationAudit } from './recordParticipationAudit.ts';

export const VOID_FORBIDDEN_MESSAGE = '只有审核人员或管理员可以作废投票';
export const RECEIPT_INVALID_MESSAGE = '投票凭证号应为 32 位字母数字';
export const VOID_REASON_REQUIRED_MESSAGE = '请填写作废原因';
export const VOID_REASON_TOO_LONG_MESSAGE = '作废原因不能超过 200 个字';

const RECEIPT = /^[0-9a-f]{32}$/;
const MAX_REASON = 200;

/**
 * `POST /api/participation/votes/void` with `{ receipt, reason }`, the 投票管理 screen: voids one
 * vote in the participation API, naming the moderator, and logs it. Answers the API's `{ vote }`,
 * or its 404 VOTE_NOT_FOUND / 409 VOTE_ALREADY_VOIDED message.
 */
export async function handleVoidVote(req: PayloadRequest): Promise<Response> {
  if (!req.user) return errorResponse(401, LOGIN_REQUIRED_MESSAGE, { code: 'LOGIN_REQUIRED' });
  if (!canModerateVotes(req.user)) return errorResponse(403, VOID_FORBIDDEN_MESSAGE, { code: 'VOID_FORBIDDEN' });
  if (req.data === undefined) await addDataAndFileToRequest(req);
  const body = (req.data ?? {}) as { receipt?: unknown; reason?: unknown };
  // Receipts are lower-case hex; people copying one from a screenshot may type upper case.
  const receipt = typeof body.receipt === 'string' ? body.receipt.trim().toLowerCase() : '';
  if (!RECEIPT.test(receipt)) return errorResponse(422, RECEIPT_INVALID_MESSAGE, { code: 'RECEIPT_INVALID' });
  const reason = typeof body.reason === 'string' ? body.reason.trim() : '';
  if (!reason) return errorResponse(422, VOID_REASON_REQUIRED_MESSAGE, { code: 'VOID_REASON_REQUIRED' });
  if ([...reason].length > MAX_REASON) return errorResponse(422, VOID_REASON_TOO_LONG_MESSAGE, { code: 'VOID_REASON_TOO_LONG' });

  try {
    const vote = await voidVote(req.payload, receipt, { reason, by: actorLabel(req.user) });
    await recordParticipationAudit(req, {
      action: 'void-vote',
      subject: {
        collectionSlug: 'votes',
        collectionLabel: '投票',
        documentId: receipt,
        documentTitle: [vote.campaign, vote.round, vote.candidate].filter(Boolean).join(' / ') || null,
      },
      comment: reason,
    });
    return Response.json({ vote });
  } catch (error) {
    if (error instanceof ParticipationApiError) return errorResponse(error.status, error.message, error.data);
    throw error;
  }
}

export const voidVoteEndpoint: Endpoint = { path: '/participation/votes/void', method: 'post', handler: handleVoidVote };
