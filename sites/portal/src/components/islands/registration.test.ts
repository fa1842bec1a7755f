import { errorEnvelope } from '@union/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { apiDouble } from '@union/ui/islands/api-double.ts';
import { interpretResponse, registrationUrl, submitRegistration, validateRegistration } from './registration.ts';

const valid = { name: '林晓岚', phone: '138 0013 8000', workUnit: '苏州示例精密机械有限公司', consent: true };

describe('validateRegistration', () => {
  it('accepts a valid registration and normalises it as the API does', () => {
    expect(validateRegistration({ ...valid, name: ' 林晓岚 ' })).toEqual({
      ok: true,
      request: { name: '林晓岚', phone: '13800138000', workUnit: '苏州示例精密机械有限公司', consent: true },
    });
  });

  it('gives one Chinese message per invalid field', () => {
    expect(validateRegistration({ name: '', phone: '123', workUnit: '', consent: false })).toEqual({
      ok: false,
      errors: {
        name: '请填写姓名',
        phone: '请输入正确的 11 位手机号',
        workUnit: '请填写工作单位',
        consent: '请阅读并同意个人信息处理规则',
      },
    });
  });
});

describe('interpretResponse', () => {
  const qrCode = 'data:image/svg+xml;base64,PHN2Zy8+';
  const registered = (extra: Record<string, unknown>) => ({
    registration: {
      campaign: 'x',
      confirmationCode: 'K7M2Q9PX',
      registeredAt: '2026-11-20T01:00:00.000Z',
      checkIn: { payload: 'UNION-CHECKIN:x:K7M2Q9PX', qrCode },
      ...extra,
    },
  });

  it('returns the confirmation code and QR code of a confirmed 201', () => {
    expect(interpretResponse(201, registered({ status: 'confirmed' }))).toEqual({
      kind: 'success',
      confirmationCode: 'K7M2Q9PX',
      status: 'confirmed',
      qrCode,
    });
  });

  it('returns the waitlist position of a waitlisted 201', () => {
    expect(interpretResponse(201, registered({ status: 'waitlisted', waitlistPosition: 3 }))).toMatchObject({
      kind: 'success',
      status: 'waitlisted',
      waitlistPosition: 3,
    });
  });

  it('never passes on a QR code that is not an inline SVG image', () => {
    const body = registered({ status: 'confirmed', checkIn: { payload: 'p', qrCode: 'https://evil.example/x.svg' } });
    expect(interpretResponse(201, body)).toMatchObject({ kind: 'success', qrCode: '' });
  });

  it('puts the messages of a 422 beside their fields', () => {
    const body = {
      error: { code: 'VALIDATION_FAILED', message: '提交的信息有误，请检查后重试', fields: [{ field: 'phone', message: '请输入正确的 11 位手机号' }] },
    };
    expect(interpretResponse(422, body)).toEqual({ kind: 'fields', errors: { phone: '请输入正确的 11 位手机号' } });
  });

  it('keeps 422 messages for fields the form does not show', () => {
    const body = { error: { code: 'VALIDATION_FAILED', message: 'x', fields: [{ field: 'isAdmin', message: '不支持的字段：isAdmin' }] } };
    expect(interpretResponse(422, body)).toEqual({ kind: 'fields', errors: {}, message: '不支持的字段：isAdmin' });
  });

  it("shows the server's message for any other error", () => {
    const body = { error: { code: 'ALREADY_REGISTERED', message: '该手机号已报名本活动，请勿重复报名' } };
    expect(interpretResponse(409, body)).toEqual({ kind: 'error', message: '该手机号已报名本活动，请勿重复报名' });
  });

  it('falls back to a generic message when the answer is not the API envelope', () => {
    expect(interpretResponse(502, '<html>Bad Gateway</html>')).toEqual({ kind: 'error', message: '服务暂时不可用，请稍后再试' });
  });
});

describe('registrationUrl', () => {
  it('is same-origin when the base is empty and encodes the slug', () => {
    expect(registrationUrl('', 'singer-contest-2026')).toBe('/v1/campaigns/singer-contest-2026/registrations');
    expect(registrationUrl('https://api.example.org/', 'a b')).toBe('https://api.example.org/v1/campaigns/a%20b/registrations');
  });
});

describe('submitRegistration', () => {
  const request = { name: '林晓岚', phone: '13800138000', workUnit: '苏州示例精密机械有限公司', consent: true as const };
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('sends the participant token only when there is one (campaigns that require a verified phone)', async () => {
    const api = await apiDouble(() => ({ status: 201, body: { registration: { confirmationCode: 'ABCD2345', status: 'confirmed', checkIn: { qrCode: 'data:image/svg+xml;base64,PHN2Zy8+' } } } }));
    close = api.close;
    await submitRegistration(api.apiBase, 'reading-month-2019', request, 'token-1');
    await submitRegistration(api.apiBase, 'reading-month-2019', request);
    expect(api.seen.map((s) => s.authorization)).toEqual(['Bearer token-1', undefined]);
    expect(api.seen.map((s) => s.url)).toEqual(['/v1/campaigns/reading-month-2019/registrations', '/v1/campaigns/reading-month-2019/registrations']);
    expect(JSON.parse(api.seen[0]!.body)).toEqual(request);
  });

  it('asks to verify again on a 401, and shows a phone that differs from the verified one beside the phone field', async () => {
    const mismatch = errorEnvelope('VALIDATION_FAILED', { fields: [{ field: 'phone', message: '手机号与验证的手机号不一致' }] });
    const api = await apiDouble(({ authorization }) => (authorization ? { status: 422, body: mismatch } : { status: 401, body: errorEnvelope('PARTICIPANT_REQUIRED') }));
    close = api.close;
    expect(await submitRegistration(api.apiBase, 'c', request)).toEqual({ kind: 'unverified', message: errorEnvelope('PARTICIPANT_REQUIRED').error.message });
    expect(await submitRegistration(api.apiBase, 'c', request, 'token-1')).toEqual({ kind: 'fields', errors: { phone: '手机号与验证的手机号不一致' } });
  });
});
