import { maskPhone } from '@union/schemas';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openRules, registrationBody, startTestApi, uniquePhone, uniqueSlug, type TestApi } from './support/test-api.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ LOG_LEVEL: 'WARN' });
});
afterAll(async () => {
  await api?.close();
});

describe('when the table is unreachable', () => {
  it('answers 500 INTERNAL and logs the request id but never the body', async () => {
    const slug = uniqueSlug('outage');
    expect((await api.putRules(openRules(slug))).status).toBe(200);
    await api.dropTable();
    // Powertools writes ERROR lines to stderr and the rest to stdout.
    const writes = [process.stdout, process.stderr].map((stream) => vi.spyOn(stream, 'write').mockImplementation(() => true));
    const phone = uniquePhone();

    try {
      const health = await api.request('GET', '/v1/health');
      const registration = await api.register(uniqueSlug('outage'), registrationBody(phone, { name: '赵敏' }));

      for (const res of [health, registration]) {
        expect(res.status).toBe(500);
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(await res.json()).toEqual({ error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } });
      }
      const logs = writes.flatMap((w) => w.mock.calls.map(([chunk]) => String(chunk))).join('');
      const lines = logs.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((l) => l.requestId)).toEqual([health.headers.get('apigw-requestid'), registration.headers.get('apigw-requestid')]);
      expect(lines.every((l) => l.level === 'ERROR' && l.service === 'participation-api')).toBe(true);
      expect(logs).toContain('ResourceNotFoundException');
      // Neither the number, its masked form, its last eight digits nor the name. (A bare four-digit
      // fragment is no test: it turns up by chance in request ids.)
      for (const secret of [phone, maskPhone(phone), phone.slice(-8), '赵敏']) expect(logs).not.toContain(secret);
    } finally {
      for (const w of writes) w.mockRestore();
    }
  });
});
