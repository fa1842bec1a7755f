import { describe, expect, it } from 'vitest';
import { CHECK_IN_CODE_FORMAT_MESSAGE, CHECK_IN_CODE_REQUIRED_MESSAGE, CHECK_IN_OTHER_CAMPAIGN_MESSAGE, parseCheckInInput } from './checkInCode.ts';

describe('parseCheckInInput', () => {
  it('takes a typed code, in any case and with spaces', () => {
    expect(parseCheckInInput('  ab7k 9mpq ', 'reading-2026')).toEqual({ ok: true, code: 'AB7K9MPQ' });
  });

  it('takes the whole QR text a scanner types', () => {
    expect(parseCheckInInput('UNION-CHECKIN:reading-2026:AB7K9MPQ\n', 'reading-2026')).toEqual({ ok: true, code: 'AB7K9MPQ' });
  });

  it('refuses the QR code of another campaign', () => {
    expect(parseCheckInInput('UNION-CHECKIN:singer-2026:AB7K9MPQ', 'reading-2026')).toEqual({ ok: false, message: CHECK_IN_OTHER_CAMPAIGN_MESSAGE });
  });

  it('refuses empty input and text that is no code', () => {
    expect(parseCheckInInput('   ', 'x')).toEqual({ ok: false, message: CHECK_IN_CODE_REQUIRED_MESSAGE });
    expect(parseCheckInInput('UNION-CHECKIN:nocode', 'x')).toEqual({ ok: false, message: CHECK_IN_CODE_FORMAT_MESSAGE });
    expect(parseCheckInInput('签到码', 'x')).toEqual({ ok: false, message: CHECK_IN_CODE_FORMAT_MESSAGE });
    expect(parseCheckInInput('../../admin', 'x')).toEqual({ ok: false, message: CHECK_IN_CODE_FORMAT_MESSAGE });
  });
});
