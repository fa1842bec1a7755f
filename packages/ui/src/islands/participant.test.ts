import { errorEnvelope } from '@union/schemas';
import { afterEach, describe, expect, it } from 'vitest';
import { apiDouble } from './api-double.ts';
import { callApi, checkCodeInput, checkPhoneInput, errorCode, errorMessage, loadToken, requestCode, saveToken, verifyCode } from './participant.ts';

const answer = (status: number, body: unknown) => ({ ok: true as const, status, body, headers: new Headers() });

describe('participant token', () => {
  const store = (value: unknown) => ({ getItem: () => JSON.stringify(value) });
  it('keeps a token until shortly before it expires', () => {
    const now = new Date('2026-12-02T04:00:00.000Z');
    expect(loadToken(store({ token: 't', expiresAt: '2026-12-02T06:00:00.000Z' }), now)).toEqual({ token: 't', expiresAt: '2026-12-02T06:00:00.000Z' });
    expect(loadToken(store({ token: 't', expiresAt: '2026-12-02T04:00:10.000Z' }), now)).toBeNull();
    expect(loadToken({ getItem: () => 'not json' }, now)).toBeNull();
    expect(loadToken(null, now)).toBeNull();
  });

  it('prefers the message beside a field to the envelope\'s summary', () => {
    const body = errorEnvelope('VALIDATION_FAILED', { fields: [{ field: 'code', message: '请输入 6 位数字验证码' }] });
    expect(errorMessage(answer(422, body))).toBe('请输入 6 位数字验证码');
  });
});

describe('phone verification input', () => {
  it('normalises the phone as the API does and refuses bad input in Chinese', () => {
    expect(checkPhoneInput('+86 139-1234-5678')).toEqual({ phone: '13912345678' });
    expect(checkPhoneInput('12345')).toEqual({ error: '请输入正确的 11 位手机号' });
    expect(checkCodeInput('13912345678', '123456')).toEqual({ phone: '13912345678', code: '123456' });
    expect(checkCodeInput('13912345678', '12')).toHaveProperty('error', expect.stringMatching(/[\u4e00-\u9fff]/));
  });
});

describe('one-time code requests', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('sends the phone for a code, then the code for a token that the tab keeps', async () => {
    const api = await apiDouble(({ url }) =>
      url === '/v1/otp' ? { status: 202, body: { sent: true } } : { status: 200, body: { token: 'token-1', expiresAt: '2099-01-01T00:00:00.000Z' } },
    );
    close = api.close;

    expect(await requestCode(`${api.apiBase}/`, '13912345678')).toMatchObject({ ok: true, status: 202 });
    const verified = await verifyCode(api.apiBase, '13912345678', '123456');
    expect(verified).toEqual({ token: { token: 'token-1', expiresAt: '2099-01-01T00:00:00.000Z' } });
    expect(api.seen.map((s) => [s.method, s.url, JSON.parse(s.body)])).toEqual([
      ['POST', '/v1/otp', { phone: '13912345678' }],
      ['POST', '/v1/otp/verify', { phone: '13912345678', code: '123456' }],
    ]);

    const stored = new Map<string, string>();
    saveToken({ setItem: (key, value) => void stored.set(key, value) }, (verified as { token: { token: string; expiresAt: string } }).token);
    expect(loadToken({ getItem: (key) => stored.get(key) ?? null })).toEqual({ token: 'token-1', expiresAt: '2099-01-01T00:00:00.000Z' });
  });

  it('shows the API\'s Chinese message and code for a refused code, and a network message when nothing answers', async () => {
    const api = await apiDouble(() => ({ status: 429, body: errorEnvelope('RATE_LIMITED') }));
    close = api.close;

    const refused = await requestCode(api.apiBase, '13912345678');
    expect(errorMessage(refused)).toBe(errorEnvelope('RATE_LIMITED').error.message);
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(await verifyCode(api.apiBase, '13912345678', '123456')).toEqual({ error: errorEnvelope('RATE_LIMITED').error.message });

    await api.close();
    close = undefined;
    const unreachable = await callApi(`${api.apiBase}/v1/otp`, { method: 'POST' });
    expect(unreachable).toEqual({ ok: false });
    expect(errorMessage(unreachable)).toBe('网络异常，请检查网络后重试');
  });
});
