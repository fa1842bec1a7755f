import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { canHandleParticipation } from '../access/roles.ts';
import { errorResponse, LOGIN_REQUIRED_MESSAGE } from '../endpoints/errorResponse.ts';
import { SLUGS } from '../slugs.ts';
import { findCampaign } from './campaigns.ts';
import { parseCheckInInput } from './checkInCode.ts';
import { EXPORT_CAMPAIGN_REQUIRED_MESSAGE, UNKNOWN_CAMPAIGN_MESSAGE } from './exportsEndpoints.ts';
import { checkInRegistration, ParticipationApiError } from './participationApi.ts';
import { actorLabel, recordParticipationAudit } from './recordParticipationAudit.ts';

export const CHECK_IN_FORBIDDEN_MESSAGE = '只有管理员、编辑或审核人员可以办理签到';
export const CHECK_IN_CAMPAIGN_REQUIRED_MESSAGE = EXPORT_CAMPAIGN_REQUIRED_MESSAGE.replace('导出', '签到');

/**
 * `POST /api/participation/check-ins` with `{ campaign, code }`, the 签到 screen: `code` is the
 * confirmation code or the whole QR text (`UNION-CHECKIN:<slug>:<code>`). Answers the API's
 * `{ registration: { name, phoneMasked, status, checkedInAt } }`, or the API's 404/409 message.
 */
export async function handleCheckIn(req: PayloadRequest): Promise<Response> {
  if (!req.user) return errorResponse(401, LOGIN_REQUIRED_MESSAGE, { code: 'LOGIN_REQUIRED' });
  if (!canHandleParticipation(req.user)) return errorResponse(403, CHECK_IN_FORBIDDEN_MESSAGE, { code: 'CHECK_IN_FORBIDDEN' });
  if (req.data === undefined) await addDataAndFileToRequest(req);
  const body = (req.data ?? {}) as { campaign?: unknown; code?: unknown };
  const slug = typeof body.campaign === 'string' ? body.campaign.trim() : '';
  if (!slug) return errorResponse(422, CHECK_IN_CAMPAIGN_REQUIRED_MESSAGE, { code: 'CAMPAIGN_REQUIRED' });
  const input = parseCheckInInput(typeof body.code === 'string' ? body.code : '', slug);
  if (!input.ok) return errorResponse(422, input.message, { code: 'CHECK_IN_CODE_INVALID' });
  const campaign = await findCampaign(req, slug);
  if (!campaign) return errorResponse(404, UNKNOWN_CAMPAIGN_MESSAGE, { code: 'CAMPAIGN_NOT_FOUND' });

  try {
    const registration = await checkInRegistration(req.payload, campaign.slug, { code: input.code, by: actorLabel(req.user) });
    await recordParticipationAudit(req, {
      action: 'check-in',
      subject: { collectionSlug: SLUGS.campaigns, collectionLabel: '活动', documentId: String(campaign.id), documentTitle: campaign.title },
      comment: `确认码 ${input.code}`,
    });
    return Response.json({ registration });
  } catch (error) {
    if (error instanceof ParticipationApiError) return errorResponse(error.status, error.message, error.data);
    throw error;
  }
}

export const checkInEndpoint: Endpoint = { path: '/participation/check-ins', method: 'post', handler: handleCheckIn };
