import { describe, expect, it } from 'vitest';
import { API_ERRORS } from './errors.ts';
import { otpRequestSchema, otpVerifySchema, rateWindow, retryAfterSeconds } from './otp.ts';

describe('otpRequestSchema', () => {
  it('normalizes the phone and defaults the purpose', () => {
    expect(otpRequestSchema.parse({ phone: '+86 139-1234-5678' })).toEqual({ phone: '13912345678', purpose: 'participation' });
  });

  it('refuses a wrong phone, an unknown purpose and extra fields', () => {
    expect(otpRequestSchema.safeParse({ phone: '12345' }).success).toBe(false);
    expect(otpRequestSchema.safeParse({ phone: '13912345678', purpose: 'admin' }).success).toBe(false);
    expect(otpRequestSchema.safeParse({ phone: '13912345678', extra: 1 }).success).toBe(false);
    expect(otpRequestSchema.safeParse({}).success).toBe(false);
  });
});

describe('otpVerifySchema', () => {
  it('takes exactly six digits', () => {
    expect(otpVerifySchema.parse({ phone: '13912345678', code: '012345' })).toEqual({ phone: '13912345678', code: '012345' });
    for (const code of ['12345', '1234567', '12345a', 123456, '']) {
      expect(otpVerifySchema.safeParse({ phone: '13912345678', code }).success, String(code)).toBe(false);
    }
  });
});

describe('rateWindow', () => {
  it('aligns windows to the epoch and counts the seconds left in it', () => {
    expect(rateWindow(3_600_000, 3600)).toEqual({ start: 3600, end: 7200, retryAfter: 3600 });
    expect(rateWindow(7_199_001, 3600)).toEqual({ start: 3600, end: 7200, retryAfter: 1 });
    expect(rateWindow(3_600_500, 60)).toEqual({ start: 3600, end: 3660, retryAfter: 60 });
  });

  it('never answers a Retry-After below one second', () => {
    expect(retryAfterSeconds(10_000, 10_000)).toBe(1);
    expect(retryAfterSeconds(10_000, 9_000)).toBe(1);
    expect(retryAfterSeconds(10_000, 10_001)).toBe(1);
    expect(retryAfterSeconds(10_000, 70_000)).toBe(60);
  });
});

describe('OTP errors', () => {
  it('carry the statuses the islands rely on', () => {
    expect(API_ERRORS.OTP_RATE_LIMITED).toEqual({ status: 429, message: '验证码发送过于频繁，请稍后再试' });
    expect(API_ERRORS.OTP_TOO_MANY_ATTEMPTS.status).toBe(429);
    expect(API_ERRORS.OTP_INVALID).toEqual({ status: 422, message: '验证码不正确' });
    expect(API_ERRORS.TOKEN_INVALID).toEqual({ status: 401, message: '登录已失效，请重新验证手机号' });
    expect(API_ERRORS.SMS_UNAVAILABLE.status).toBe(503);
  });
});
