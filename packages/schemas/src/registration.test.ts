import { describe, expect, it } from 'vitest';
import { fieldErrors } from './errors.ts';
import { registrationRequestSchema } from './registration.ts';

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
