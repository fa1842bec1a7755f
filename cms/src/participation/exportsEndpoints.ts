import type { Endpoint, PayloadRequest } from 'payload';
import { canHandleParticipation, canRevealPhones } from '../access/roles.ts';
import { errorResponse, LOGIN_REQUIRED_MESSAGE } from '../endpoints/errorResponse.ts';
import { SLUGS } from '../slugs.ts';
import { findCampaign, type CampaignRef } from './campaigns.ts';
import { attachmentDisposition, exportFileName } from './contentDisposition.ts';
import { toCsv } from './csv.ts';
import { registrationsTable, votesTable, type ExportTable } from './exportTables.ts';
import { getRoundResults, listRegistrations, listVoteFlags, ParticipationApiError, type RoundResults } from './participationApi.ts';
import { recordParticipationAudit } from './recordParticipationAudit.ts';
import { toXlsx } from './xlsx.ts';

export { LOGIN_REQUIRED_MESSAGE };
export const EXPORT_FORBIDDEN_MESSAGE = '只有管理员、编辑或审核人员可以导出数据';
export const EXPORT_FORMAT_MESSAGE = '导出格式只能是 xlsx 或 csv';
export const EXPORT_CAMPAIGN_REQUIRED_MESSAGE = '请指定要导出的活动';
export const UNKNOWN_CAMPAIGN_MESSAGE = '未找到该活动';

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

type ExportRequest = { ok: true; campaign: CampaignRef; format: ExportFormat } | { ok: false; response: Response };

/** Who may export, in which format, which campaign: 401, 403, 422 and 404 in that order, before the API is asked anything. */
async function readExportRequest(req: PayloadRequest): Promise<ExportRequest> {
  if (!req.user) return { ok: false, response: errorResponse(401, LOGIN_REQUIRED_MESSAGE, { code: 'LOGIN_REQUIRED' }) };
  if (!canHandleParticipation(req.user)) return { ok: false, response: errorResponse(403, EXPORT_FORBIDDEN_MESSAGE, { code: 'EXPORT_FORBIDDEN' }) };
  const format = typeof req.query?.format === 'string' ? req.query.format : 'xlsx';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, response: errorResponse(422, EXPORT_FORMAT_MESSAGE, { code: 'EXPORT_FORMAT_INVALID' }) };
  }
  const slug = typeof req.query?.campaign === 'string' ? req.query.campaign.trim() : '';
  if (!slug) return { ok: false, response: errorResponse(422, EXPORT_CAMPAIGN_REQUIRED_MESSAGE, { code: 'CAMPAIGN_REQUIRED' }) };
  const campaign = await findCampaign(req, slug);
  if (!campaign) return { ok: false, response: errorResponse(404, UNKNOWN_CAMPAIGN_MESSAGE, { code: 'CAMPAIGN_NOT_FOUND' }) };
  return { ok: true, campaign, format: format as ExportFormat };
}

async function fileResponse(table: ExportTable, format: ExportFormat, fileName: string): Promise<Response> {
  const body = format === 'csv' ? Buffer.from(toCsv(table.header, table.rows), 'utf8') : await toXlsx(table);
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': attachmentDisposition(fileName),
      // Personal data: never kept by a browser or proxy cache.
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

const campaignSubject = (campaign: CampaignRef) => ({
  collectionSlug: SLUGS.campaigns,
  collectionLabel: '活动',
  documentId: String(campaign.id),
  documentTitle: campaign.title,
});

async function answerApiErrors(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ParticipationApiError) return errorResponse(error.status, error.message, error.data);
    throw error;
  }
}

/**
 * `GET /api/exports/registrations?campaign=<slug>&format=xlsx|csv`: the campaign's registrations
 * from the participation API. Admins get full phone numbers (asked with reveal=phone), everyone
 * else masked ones. Every export is audit-logged with its row count and whether phones were shown.
 */
export async function handleExportRegistrations(req: PayloadRequest): Promise<Response> {
  const request = await readExportRequest(req);
  if (!request.ok) return request.response;
  const { campaign, format } = request;
  const reveal = canRevealPhones(req.user);
  return answerApiErrors(async () => {
    const rows = await listRegistrations(req.payload, campaign.slug, { revealPhones: reveal });
    const response = await fileResponse(registrationsTable(rows, reveal), format, exportFileName('报名名单', campaign.slug, format));
    await recordParticipationAudit(req, {
      action: 'export-registrations',
      subject: campaignSubject(campaign),
      rowCount: rows.length,
      phonesRevealed: reveal,
      comment: `${format.toUpperCase()}，${rows.length} 行，${reveal ? '含完整手机号' : '手机号已脱敏'}`,
    });
    return response;
  });
}

/** The results of every round the campaign declares or a flag names; rounds the API does not know are left out. */
export async function collectResults(req: PayloadRequest, campaign: CampaignRef, flagRounds: readonly string[]): Promise<RoundResults[]> {
  const roundIds = [...new Set([...campaign.rounds.map((r) => r.id), ...flagRounds])];
  const results = await Promise.all(roundIds.map((round) => getRoundResults(req.payload, campaign.slug, round)));
  return results.filter((r): r is RoundResults => r !== null);
}

/**
 * `GET /api/exports/votes?campaign=<slug>&format=xlsx|csv`: per round and candidate the votes,
 * voided votes and rank, with the open unusual-growth flags. Audit-logged with its row count.
 */
export async function handleExportVotes(req: PayloadRequest): Promise<Response> {
  const request = await readExportRequest(req);
  if (!request.ok) return request.response;
  const { campaign, format } = request;
  return answerApiErrors(async () => {
    const flags = await listVoteFlags(req.payload, campaign.slug);
    const results = await collectResults(req, campaign, flags.map((f) => f.round));
    const table = votesTable(results, flags);
    const response = await fileResponse(table, format, exportFileName('投票结果', campaign.slug, format));
    await recordParticipationAudit(req, {
      action: 'export-votes',
      subject: campaignSubject(campaign),
      rowCount: table.rows.length,
      comment: `${format.toUpperCase()}，${results.length} 个轮次，${table.rows.length} 行，${flags.length} 条异常增长提醒`,
    });
    return response;
  });
}

export const exportEndpoints: Endpoint[] = [
  { path: '/exports/registrations', method: 'get', handler: handleExportRegistrations },
  { path: '/exports/votes', method: 'get', handler: handleExportVotes },
];
