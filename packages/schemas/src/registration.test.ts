import { describe, expect, it } from 'vitest';
import { fieldErrors } from './errors.ts';
import { cancelRegistrationRequestSchema, checkInPayload, parseCheckInCode, registrationRequestSchema } from './registration.ts';

const valid = { name: '林晓岚', phone: '138 0013 8000', workUnit: '苏州示例精密机械有限公司', consent: true };

describe('registrationRequestSchema', () => {
  it('accepts a valid registration and normalizes the phone number', () => {
    const result = registrationRequestSchema.safeParse({ ...valid, phone: '+86 138-0013-8000' });
    expect(result.success).toBe(true);
    expect(result.data?.phone).toBe('13800138000');
  });

  it('trims names and work units', () => {
    const result = registrationRequestSchema.safeParse({ ...valid, name: '  林晓岚 ' });
    expect(result.data?.name).toBe('林晓岚');
  });

  it('rejects an invalid phone number with a Chinese message', () => {
    const result = registrationRequestSchema.safeParse({ ...valid, phone: '12345' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!.issues)).toEqual([{ field: 'phone', message: '请输入正确的 11 位手机号' }]);
  });

  it('names each missing field', () => {
    const result = registrationRequestSchema.safeParse({});
    const fields = fieldErrors(result.error!.issues);
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'name', message: '请填写姓名' },
        { field: 'phone', message: '请填写手机号' },
        { field: 'workUnit', message: '请填写工作单位' },
        { field: 'consent', message: '请阅读并同意个人信息处理规则' },
      ]),
    );
  });

  it('asks for fields left empty rather than calling them malformed', () => {
    const result = registrationRequestSchema.safeParse({ name: ' ', phone: '', workUnit: '', consent: true });
    expect(fieldErrors(result.error!.issues)).toEqual([
      { field: 'name', message: '请填写姓名' },
      { field: 'phone', message: '请填写手机号' },
      { field: 'workUnit', message: '请填写工作单位' },
    ]);
  });

  it('refuses extra fields', () => {
    const result = registrationRequestSchema.safeParse({ ...valid, isAdmin: true });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!.issues)).toEqual([{ field: 'isAdmin', message: '不支持的字段：isAdmin' }]);
  });

  it('refuses a registration without consent', () => {
    const result = registrationRequestSchema.safeParse({ ...valid, consent: false });
    expect(fieldErrors(result.error!.issues)).toEqual([{ field: 'consent', message: '请阅读并同意个人信息处理规则' }]);
  });
});

describe('registrationRequestSchema consents', () => {
  it('takes optional purposes beside the mandatory registration consent', () => {
    expect(registrationRequestSchema.safeParse({ ...valid, consents: ['notifications'] }).data?.consents).toEqual(['notifications']);
    expect(registrationRequestSchema.safeParse({ ...valid, consents: [] }).success).toBe(true);
  });

  it('refuses purposes it does not know, including registration itself (that is `consent`)', () => {
    for (const consents of [['marketing'], ['registration'], 'notifications']) {
      expect(registrationRequestSchema.safeParse({ ...valid, consents }).success).toBe(false);
    }
  });
});

describe('cancelRegistrationRequestSchema', () => {
  it('normalizes the phone and the code as people type them', () => {
    expect(cancelRegistrationRequestSchema.parse({ phone: '+86 138 0013 8000', confirmationCode: ' abcd-efgh ' })).toEqual({
      phone: '13800138000',
      confirmationCode: 'ABCDEFGH',
    });
  });

  it('refuses look-alike characters the codes never contain, and extra fields', () => {
    expect(fieldErrors(cancelRegistrationRequestSchema.safeParse({ phone: '13800138000', confirmationCode: 'ABCDEFG0' }).error!.issues)).toEqual([
      { field: 'confirmationCode', message: '确认码格式不正确' },
    ]);
    expect(cancelRegistrationRequestSchema.safeParse({ phone: '13800138000', confirmationCode: 'ABCDEFGH', name: 'x' }).success).toBe(false);
  });
});

describe('check-in payloads', () => {
  it('encodes the campaign and code, and reads them back', () => {
    const payload = checkInPayload('reading-2026', 'ABCDEFGH');
    expect(payload).toBe('UNION-CHECKIN:reading-2026:ABCDEFGH');
    expect(parseCheckInCode(payload, 'reading-2026')).toBe('ABCDEFGH');
  });

  it('takes a typed code in any case, with spaces or dashes', () => {
    expect(parseCheckInCode(' abcd-efgh ', 'reading-2026')).toBe('ABCDEFGH');
  });

  it('refuses a payload of another campaign, and anything that is no code', () => {
    expect(parseCheckInCode('UNION-CHECKIN:singer-2026:ABCDEFGH', 'reading-2026')).toBeUndefined();
    expect(parseCheckInCode('UNION-CHECKIN:reading-2026', 'reading-2026')).toBeUndefined();
    expect(parseCheckInCode('ABC', 'reading-2026')).toBeUndefined();
    expect(parseCheckInCode('https://example.org/', 'reading-2026')).toBeUndefined();
  });
});
