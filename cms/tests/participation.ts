import { randomBytes } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload';
import { describe, expect, it } from 'vitest';
import { API_ANSWER_INVALID_MESSAGE } from '../src/participation/participationApi.ts';
import { CHECK_IN_OTHER_CAMPAIGN_MESSAGE } from '../src/participation/checkInCode.ts';
import { CHECK_IN_FORBIDDEN_MESSAGE } from '../src/participation/checkInEndpoint.ts';
import {
  EXPORT_FORBIDDEN_MESSAGE,
  EXPORT_FORMAT_MESSAGE,
  LOGIN_REQUIRED_MESSAGE,
  UNKNOWN_CAMPAIGN_MESSAGE,
} from '../src/participation/exportsEndpoints.ts';
import { RECEIPT_INVALID_MESSAGE, VOID_FORBIDDEN_MESSAGE, VOID_REASON_REQUIRED_MESSAGE } from '../src/participation/voidVoteEndpoint.ts';
import type { AuditLog, Campaign, User } from '../src/payload-types.ts';
import type { RecordedRequest, RulesApiDouble } from './rulesApiDouble.ts';

interface ParticipationContext {
  payload: Payload;
  config: SanitizedConfig;
  rulesApi: RulesApiDouble;
  token: string;
  users: Record<'admin' | 'editor' | 'reviewer' | 'viewer', User>;
}

const PASSWORD = 'correct horse battery';
const CHINESE = /[\u4e00-\u9fff]/;

const registration = (i: number, overrides: Record<string, unknown> = {}) => ({
  name: `报名人${i}`,
  workUnit: '苏州市总工会',
  phoneMasked: `138****000${i}`,
  status: 'confirmed',
  confirmationCode: `CODE000${i}`,
  registeredAt: '2026-04-01T02:00:00.000Z',
  consents: [{ purpose: '活动报名', version: 'v1', at: '2026-04-01T02:00:00.000Z' }],
  ...overrides,
});

/**
 * Exports, check-in and vote voiding, through Payload's own REST pipeline (handleEndpoints: session
 * token or API key, as a browser or script sends them) against the participation API's test double.
 */
export function participation(context: () => ParticipationContext) {
  describe('participation data (exports, check-in, vote voiding)', () => {
    const tokens = new Map<number, string>();

    async function tokenOf(user: User): Promise<string> {
      const known = tokens.get(user.id);
      if (known) return known;
      const { token } = await context().payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } });
      if (!token) throw new Error('login gave no token');
      tokens.set(user.id, token);
      return token;
    }

    async function call(method: 'GET' | 'POST', path: string, options: { as?: User; apiKey?: string; body?: unknown } = {}): Promise<Response> {
      const headers = new Headers();
      // The admin's session: Payload's cookie, with the fetch metadata a browser adds (Payload's CSRF check reads it).
      if (options.as) {
        headers.set('cookie', `payload-token=${await tokenOf(options.as)}`);
        headers.set('sec-fetch-site', 'same-origin');
      }
      if (options.apiKey) headers.set('authorization', `users API-Key ${options.apiKey}`);
      if (options.body !== undefined) headers.set('content-type', 'application/json');
      const request = new Request(`http://localhost:3000/api${path}`, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      return handleEndpoints({ config: context().config, request });
    }

    const messageOf = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message;

    async function campaign(): Promise<Campaign> {
      return context().payload.create({
        collection: 'campaigns',
        data: {
          title: '参与数据测试活动',
          slug: `part-${randomBytes(4).toString('hex')}`,
          kind: 'singer-contest',
          summary: '测试',
          startsAt: '2026-04-01T00:00:00.000Z',
          endsAt: '2026-04-30T15:59:59.000Z',
        },
        draft: true,
        overrideAccess: true,
      });
    }

    async function auditOf(documentId: string | number, action: AuditLog['action']): Promise<AuditLog[]> {
      const { docs } = await context().payload.find({
        collection: 'audit-log',
        where: { and: [{ documentId: { equals: String(documentId) } }, { action: { equals: action } }] },
        sort: 'createdAt',
        overrideAccess: true,
      });
      return docs;
    }

    const participationRequests = () => context().rulesApi.requests.filter((r) => !/^\/v1\/internal\/campaigns\/[^/]+$/.test(r.path));

    function serveRegistrations(slug: string, pages: Record<string, { registrations: unknown[]; nextCursor?: string }>) {
      context().rulesApi.route((request: RecordedRequest) => {
        const url = new URL(request.path, 'http://api');
        if (request.method !== 'GET' || url.pathname !== `/v1/internal/campaigns/${slug}/registrations`) return undefined;
        const page = pages[url.searchParams.get('cursor') ?? ''];
        return page ? { status: 200, body: page } : { status: 400, body: { error: { code: 'BAD_CURSOR', message: '游标无效' } } };
      });
    }

    describe('GET /api/exports/registrations', () => {
      it('gives an admin every page with full phone numbers, as CSV Excel opens, and logs the export', async () => {
        const { users, token } = context();
        const c = await campaign();
        serveRegistrations(c.slug, {
          '': { registrations: [registration(1, { phone: '13800000001' }), registration(2, { phone: '13800000002', name: '=HYPERLINK("http://x","点我")' })], nextCursor: 'p2' },
          p2: { registrations: [registration(3, { phone: '13800000003', status: 'waitlisted', waitlistPosition: 1 })] },
        });

        const response = await call('GET', `/exports/registrations?campaign=${c.slug}&format=csv`, { as: users.admin });

        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        expect(response.headers.get('content-disposition')).toMatch(
          new RegExp(`^attachment; filename="[^"]+\\.csv"; filename\\*=UTF-8''${encodeURIComponent('报名名单')}-${c.slug}-\\d{8}-\\d{4}\\.csv$`),
        );
        expect(response.headers.get('cache-control')).toBe('no-store');
        const bytes = new Uint8Array(await response.arrayBuffer());
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n');
        expect(lines[0]).toBe('姓名,工作单位,手机号,状态,候补顺位,确认码,报名时间,签到时间,个人信息授权');
        expect(lines[1]).toMatch(/^报名人1,苏州市总工会,13800000001,已确认,,CODE0001,/);
        expect(lines[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""点我""\)",苏州市总工会,13800000002,/);
        expect(lines[3]).toMatch(/^报名人3,苏州市总工会,13800000003,候补,1,CODE0003,/);
        expect(lines).toHaveLength(5);

        expect(participationRequests().map((r) => [r.method, r.path, r.authorization])).toEqual([
          ['GET', `/v1/internal/campaigns/${c.slug}/registrations?reveal=phone`, `Bearer ${token}`],
          ['GET', `/v1/internal/campaigns/${c.slug}/registrations?reveal=phone&cursor=p2`, `Bearer ${token}`],
        ]);
        const audit = await auditOf(c.id, 'export-registrations');
        expect(audit.map((e) => [e.actor && typeof e.actor === 'object' ? e.actor.id : e.actor, e.collectionSlug, e.documentTitle, e.rowCount, e.phonesRevealed])).toEqual([
          [users.admin.id, 'campaigns', '参与数据测试活动', 3, true],
        ]);
        expect(audit[0]?.comment).not.toMatch(/138/);
      });

      it('gives an editor masked phone numbers in an .xlsx with Chinese headers, never asking the API to reveal them', async () => {
        const { users } = context();
        const c = await campaign();
        // Even a number the API sends unasked stays masked.
        serveRegistrations(c.slug, { '': { registrations: [registration(1), registration(2, { phone: '13900000002' })] } });

        const response = await call('GET', `/exports/registrations?campaign=${c.slug}&format=xlsx`, { as: users.editor });

        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('报名名单')}`);
        const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
        const text = Object.entries(files)
          .filter(([name]) => name.startsWith('xl/'))
          .map(([, content]) => strFromU8(content))
          .join('\n');
        for (const header of ['姓名', '工作单位', '手机号', '确认码', '个人信息授权']) expect(text).toContain(header);
        expect(text).toContain('138****0001');
        expect(text).toContain('138****0002');
        expect(text).not.toContain('13900000002');
        expect(participationRequests().map((r) => r.path)).toEqual([`/v1/internal/campaigns/${c.slug}/registrations`]);
        expect((await auditOf(c.id, 'export-registrations')).map((e) => [e.rowCount, e.phonesRevealed])).toEqual([[2, false]]);
      });

      it('lets a script export with an API key, as the account that owns it', async () => {
        const { payload } = context();
        const apiKey = randomBytes(16).toString('hex');
        const scripted = await payload.create({
          collection: 'users',
          data: { email: `script-${randomBytes(4).toString('hex')}@example.com`, password: PASSWORD, name: '导出脚本', roles: ['reviewer'], enableAPIKey: true, apiKey },
          overrideAccess: true,
        });
        const c = await campaign();
        serveRegistrations(c.slug, { '': { registrations: [registration(1, { phone: '13800000001' })] } });

        const response = await call('GET', `/exports/registrations?campaign=${c.slug}&format=csv`, { apiKey });

        expect(response.status).toBe(200);
        expect(await response.text()).toContain('138****0001');
        const audit = await auditOf(c.id, 'export-registrations');
        expect(audit.map((e) => [e.actorName, e.actorEmail, e.phonesRevealed])).toEqual([['导出脚本', scripted.email, false]]);
        expect((await call('GET', `/exports/registrations?campaign=${c.slug}`, { apiKey: 'not-a-key' })).status).toBe(401);
      });

      it('refuses anonymous callers, viewers, unknown formats and campaigns with Chinese messages, asking the API nothing and logging nothing', async () => {
        const { users } = context();
        const c = await campaign();
        const cases = [
          [undefined, `?campaign=${c.slug}`, 401, LOGIN_REQUIRED_MESSAGE],
          [users.viewer, `?campaign=${c.slug}`, 403, EXPORT_FORBIDDEN_MESSAGE],
          [users.editor, `?campaign=${c.slug}&format=pdf`, 422, EXPORT_FORMAT_MESSAGE],
          [users.editor, `?format=csv`, 422, undefined],
          [users.admin, `?campaign=no-such-campaign-${c.id}`, 404, UNKNOWN_CAMPAIGN_MESSAGE],
          [users.admin, `?campaign=${encodeURIComponent('../x')}`, 404, UNKNOWN_CAMPAIGN_MESSAGE],
        ] as const;
        for (const [user, query, status, message] of cases) {
          for (const kind of ['registrations', 'votes']) {
            const response = await call('GET', `/exports/${kind}${query}`, user ? { as: user } : {});
            const text = await messageOf(response);
            expect([kind, query, response.status]).toEqual([kind, query, status]);
            expect(text).toMatch(CHINESE);
            if (message) expect(text).toBe(message);
          }
        }
        expect(participationRequests()).toEqual([]);
        expect(await auditOf(c.id, 'export-registrations')).toEqual([]);
        expect(await auditOf(c.id, 'export-votes')).toEqual([]);
      });

      it('answers 502 with a Chinese message and logs nothing when the API answers in a shape we do not know', async () => {
        const { users } = context();
        const c = await campaign();
        const { phoneMasked: _dropped, ...drifted } = registration(1);
        serveRegistrations(c.slug, { '': { registrations: [drifted] } });

        const response = await call('GET', `/exports/registrations?campaign=${c.slug}&format=csv`, { as: users.admin });

        expect([response.status, await messageOf(response)]).toEqual([502, API_ANSWER_INVALID_MESSAGE]);
        expect(await auditOf(c.id, 'export-registrations')).toEqual([]);
      });
    });

    describe('GET /api/exports/votes', () => {
      it('exports per round and candidate the votes, voided votes and rank, with the open flags, and logs it', async () => {
        const { users } = context();
        const c = await campaign();
        const flags = [
          { round: 'r1', candidate: 'contestants-2', firstFlaggedAt: '2026-04-02T01:00:00.000Z', lastRate: 120, threshold: 60 },
          { round: 'gone', candidate: 'contestants-9', firstFlaggedAt: '2026-04-02T01:00:00.000Z', lastRate: 7, threshold: 5 },
        ];
        context().rulesApi.route((request) => {
          if (request.path === `/v1/internal/campaigns/${c.slug}/flags`) return { status: 200, body: { flags } };
          if (request.path === `/v1/results/${c.slug}/r1`) {
            return {
              status: 200,
              body: {
                results: {
                  campaign: c.slug,
                  round: 'r1',
                  roundName: '初赛',
                  updatedAt: '2026-04-02T01:00:00.000Z',
                  totalVotes: 30,
                  totalVoided: 1,
                  candidates: [
                    { id: 'contestants-2', name: '李四', votes: 10, voided: 0, rank: 2 },
                    { id: 'contestants-1', name: '=王五', votes: 20, voided: 1, rank: 1 },
                  ],
                },
              },
            };
          }
          if (request.path === `/v1/results/${c.slug}/gone`) return { status: 404, body: { error: { code: 'ROUND_NOT_FOUND', message: '未找到该轮投票' } } };
          return undefined;
        });

        const response = await call('GET', `/exports/votes?campaign=${c.slug}&format=csv`, { as: users.reviewer });

        expect([response.status, response.ok ? null : await messageOf(response)]).toEqual([200, null]);
        expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('投票结果')}-${c.slug}-`);
        const lines = (await response.text()).replace(/^\uFEFF/, '').split('\r\n');
        expect(lines.slice(0, 4)).toEqual([
          '轮次,轮次编号,候选人,候选人编号,得票,作废票,名次,异常增长提醒,首次提醒时间,最近增速,提醒阈值',
          "初赛,r1,'=王五,contestants-1,20,1,1,,,,",
          '初赛,r1,李四,contestants-2,10,0,2,是,2026/4/2 09:00:00,120,60',
          ',gone,,contestants-9,,,,是,2026/4/2 09:00:00,7,5',
        ]);
        expect((await auditOf(c.id, 'export-votes')).map((e) => [e.rowCount, e.actorEmail])).toEqual([[3, users.reviewer.email]]);
      });
    });

    describe('POST /api/participation/check-ins', () => {
      it('checks in by the scanned QR text, naming the editor to the API, and logs the code but not the person', async () => {
        const { users, token } = context();
        const c = await campaign();
        context().rulesApi.route((request) =>
          request.path === `/v1/internal/campaigns/${c.slug}/check-ins`
            ? { status: 200, body: { registration: { name: '张三', phoneMasked: '138****1234', status: 'confirmed', checkedInAt: '2026-04-05T01:00:00.000Z' } } }
            : undefined,
        );

        const response = await call('POST', '/participation/check-ins', { as: users.editor, body: { campaign: c.slug, code: `UNION-CHECKIN:${c.slug}:ab7k9mpq` } });

        expect(response.status).toBe(200);
        expect(await response.json()).toEqual({ registration: { name: '张三', phoneMasked: '138****1234', status: 'confirmed', checkedInAt: '2026-04-05T01:00:00.000Z' } });
        expect(participationRequests().map((r) => [r.method, r.path, r.authorization, r.body])).toEqual([
          ['POST', `/v1/internal/campaigns/${c.slug}/check-ins`, `Bearer ${token}`, { code: 'AB7K9MPQ', by: users.editor.email }],
        ]);
        const audit = await auditOf(c.id, 'check-in');
        expect(audit.map((e) => [e.actorEmail, e.comment])).toEqual([[users.editor.email, '确认码 AB7K9MPQ']]);
        expect(JSON.stringify(audit)).not.toContain('张三');
      });

      it('passes the API’s 404 and 409 messages on to the editor, and logs nothing', async () => {
        const { users } = context();
        const c = await campaign();
        const answers: Record<string, { status: number; body: unknown }> = {
          UNKNOWN1: { status: 404, body: { error: { code: 'REGISTRATION_NOT_FOUND', message: '未找到该签到码对应的报名' } } },
          TWICE001: { status: 409, body: { error: { code: 'ALREADY_CHECKED_IN', message: '该报名已于 10:02 签到，请勿重复签到' } } },
        };
        context().rulesApi.route((request) => answers[(request.body as { code: string }).code]);

        for (const [code, answer] of Object.entries(answers)) {
          const response = await call('POST', '/participation/check-ins', { as: users.admin, body: { campaign: c.slug, code } });
          const body = (await response.json()) as { errors: { message: string; data: { code: string } }[] };
          const envelope = answer.body as { error: { code: string; message: string } };
          expect([response.status, body.errors[0]?.message, body.errors[0]?.data.code]).toEqual([answer.status, envelope.error.message, envelope.error.code]);
        }
        expect(await auditOf(c.id, 'check-in')).toEqual([]);
      });

      it('refuses viewers, anonymous callers and the QR code of another campaign, asking the API nothing', async () => {
        const { users } = context();
        const c = await campaign();
        const viewer = await call('POST', '/participation/check-ins', { as: users.viewer, body: { campaign: c.slug, code: 'AB7K9MPQ' } });
        expect([viewer.status, await messageOf(viewer)]).toEqual([403, CHECK_IN_FORBIDDEN_MESSAGE]);
        const anonymous = await call('POST', '/participation/check-ins', { body: { campaign: c.slug, code: 'AB7K9MPQ' } });
        expect([anonymous.status, await messageOf(anonymous)]).toEqual([401, LOGIN_REQUIRED_MESSAGE]);
        const other = await call('POST', '/participation/check-ins', { as: users.editor, body: { campaign: c.slug, code: 'UNION-CHECKIN:other-campaign:AB7K9MPQ' } });
        expect([other.status, await messageOf(other)]).toEqual([422, CHECK_IN_OTHER_CAMPAIGN_MESSAGE]);
        const unknown = await call('POST', '/participation/check-ins', { as: users.editor, body: { campaign: `none-${c.id}`, code: 'AB7K9MPQ' } });
        expect([unknown.status, await messageOf(unknown)]).toEqual([404, UNKNOWN_CAMPAIGN_MESSAGE]);
        expect(participationRequests()).toEqual([]);
        expect(await auditOf(c.id, 'check-in')).toEqual([]);
      });
    });

    describe('POST /api/participation/votes/void', () => {
      const receipt = () => randomBytes(16).toString('hex');

      it('voids a vote for a reviewer with the reason and the reviewer’s name, and logs it', async () => {
        const { users, token } = context();
        const r = receipt();
        context().rulesApi.route((request) =>
          request.path === `/v1/internal/votes/${r}/void`
            ? { status: 200, body: { vote: { receipt: r, campaign: 'singer-2026', round: 'r1', candidate: 'contestants-2', voidedAt: '2026-04-05T01:00:00.000Z' } } }
            : undefined,
        );

        const response = await call('POST', '/participation/votes/void', { as: users.reviewer, body: { receipt: r.toUpperCase(), reason: ' 同一设备短时间内大量投票 ' } });

        expect(response.status).toBe(200);
        expect(((await response.json()) as { vote: { candidate: string } }).vote.candidate).toBe('contestants-2');
        expect(participationRequests().map((q) => [q.method, q.path, q.authorization, q.body])).toEqual([
          ['POST', `/v1/internal/votes/${r}/void`, `Bearer ${token}`, { reason: '同一设备短时间内大量投票', by: users.reviewer.email }],
        ]);
        const audit = await auditOf(r, 'void-vote');
        expect(audit.map((e) => [e.actorEmail, e.collectionSlug, e.documentTitle, e.comment])).toEqual([
          [users.reviewer.email, 'votes', 'singer-2026 / r1 / contestants-2', '同一设备短时间内大量投票'],
        ]);
      });

      it('refuses editors, viewers, a missing reason and a malformed receipt, asking the API nothing and logging nothing', async () => {
        const { users } = context();
        const r = receipt();
        const cases = [
          [users.editor, { receipt: r, reason: '刷票' }, 403, VOID_FORBIDDEN_MESSAGE],
          [users.viewer, { receipt: r, reason: '刷票' }, 403, VOID_FORBIDDEN_MESSAGE],
          [users.admin, { receipt: r, reason: '   ' }, 422, VOID_REASON_REQUIRED_MESSAGE],
          [users.admin, { receipt: r }, 422, VOID_REASON_REQUIRED_MESSAGE],
          [users.admin, { receipt: '../campaigns/x', reason: '刷票' }, 422, RECEIPT_INVALID_MESSAGE],
        ] as const;
        for (const [user, body, status, message] of cases) {
          const response = await call('POST', '/participation/votes/void', { as: user, body });
          expect([response.status, await messageOf(response)]).toEqual([status, message]);
        }
        expect(participationRequests()).toEqual([]);
        expect(await auditOf(r, 'void-vote')).toEqual([]);
      });

      it('passes VOTE_NOT_FOUND and VOTE_ALREADY_VOIDED on with the API’s message, and logs nothing', async () => {
        const { users } = context();
        const missing = receipt();
        const voided = receipt();
        context().rulesApi.route((request) => {
          if (request.path === `/v1/internal/votes/${missing}/void`) return { status: 404, body: { error: { code: 'VOTE_NOT_FOUND', message: '未找到该投票' } } };
          if (request.path === `/v1/internal/votes/${voided}/void`) return { status: 409, body: { error: { code: 'VOTE_ALREADY_VOIDED', message: '该投票已作废' } } };
          return undefined;
        });

        const notFound = await call('POST', '/participation/votes/void', { as: users.admin, body: { receipt: missing, reason: '核实为刷票' } });
        const twice = await call('POST', '/participation/votes/void', { as: users.admin, body: { receipt: voided, reason: '核实为刷票' } });

        expect([notFound.status, await messageOf(notFound)]).toEqual([404, '未找到该投票']);
        expect([twice.status, await messageOf(twice)]).toEqual([409, '该投票已作废']);
        expect([...(await auditOf(missing, 'void-vote')), ...(await auditOf(voided, 'void-vote'))]).toEqual([]);
      });
    });
  });
}
