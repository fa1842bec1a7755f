// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { env } from '../env.ts';
import { personalDataCipherFromEnv } from '../lib/data-keys.ts';
import { documentClientFromEnv } from '../lib/dynamodb.ts';
import { HttpError, httpHandler, json, pathSlug, requireBearerToken } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { openPersonal } from '../lib/registration.ts';
import { campaignRulesRepository } from '../repositories/campaign-rules.ts';
import { registrationsRepository } from '../repositories/registrations.ts';

const doc = documentClientFromEnv(env);
const campaignRules = campaignRulesRepository(doc, env.TABLE_NAME);
const registrations = registrationsRepository(doc, env.TABLE_NAME);
const cipher = personalDataCipherFromEnv(env);

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 500;
const QUERY_PARAMETERS = new Set(['reveal', 'cursor', 'limit']);
const CURSOR_SORT_KEY = /^REG#[0-9a-f]{64}$/;

function invalid(field: string, message: string): HttpError {
  return new HttpError('VALIDATION_FAILED', { fields: [{ field, message }] });
}

/**
 * GET /v1/internal/campaigns/{slug}/registrations?reveal=phone&cursor=…&limit=…: the registrations of a
 * campaign for the CMS's exports, a page at a time. Name and work unit decrypted, the phone masked;
 * the full number only with `reveal=phone`, which is logged (without the data) for the audit trail.
 */
export const handler = httpHandler(logger, async (event) => {
  requireBearerToken(event, env.INTERNAL_API_TOKEN);
  const slug = pathSlug(event);
  const query = event.queryStringParameters ?? {};
  for (const name of Object.keys(query)) if (!QUERY_PARAMETERS.has(name)) throw invalid(name, `不支持的参数：${name}`);
  if (query.reveal !== undefined && query.reveal !== 'phone') throw invalid('reveal', 'reveal 只能为 phone');
  const reveal = query.reveal === 'phone';
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !/^\d+$/.test(query.limit ?? '1')) {
    throw invalid('limit', `limit 必须为 1 到 ${MAX_LIMIT} 的整数`);
  }
  let after: string | undefined;
  if (query.cursor !== undefined) {
    after = Buffer.from(query.cursor, 'base64url').toString('utf8');
    if (!CURSOR_SORT_KEY.test(after)) throw invalid('cursor', '分页游标无效');
  }
  if (!(await campaignRules.get(slug))) throw new HttpError('CAMPAIGN_NOT_FOUND');

  const [page, tickets] = await Promise.all([registrations.page(slug, { limit, after }), registrations.waitlistTickets(slug)]);
  const positions = new Map(tickets.map((ticket, i) => [ticket, i + 1]));
  const rows = await Promise.all(
    page.registrations.map(async (reg) => {
      const { name, workUnit, phone } = await openPersonal(cipher, reg);
      return {
        confirmationCode: reg.confirmationCode,
        status: reg.status,
        name,
        workUnit,
        phoneMasked: reg.phoneMasked,
        ...(reveal ? { phone } : {}),
        waitlistPosition: reg.status === 'waitlisted' ? (positions.get(Number(reg.waitlistTicket)) ?? null) : null,
        consents: reg.consents,
        registeredAt: reg.registeredAt,
        promotedAt: reg.promotedAt ?? null,
        cancelledAt: reg.cancelledAt ?? null,
        checkedInAt: reg.checkedInAt ?? null,
        checkedInBy: reg.checkedInBy ?? null,
      };
    }),
  );
  if (reveal) {
    logger.info('Registrations exported with full phone numbers', { campaign: slug, rows: rows.length, requestId: event.requestContext.requestId });
  }
  return json(200, {
    registrations: rows,
    nextCursor: page.last ? Buffer.from(page.last, 'utf8').toString('base64url') : null,
  });
});
