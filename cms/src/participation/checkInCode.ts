/** What the registration QR code holds: `UNION-CHECKIN:<slug>:<code>`. */
export const CHECK_IN_QR_PREFIX = 'UNION-CHECKIN:';

export type CheckInInput = { ok: true; code: string } | { ok: false; message: string };

export const CHECK_IN_CODE_REQUIRED_MESSAGE = '请输入或扫描签到码';
export const CHECK_IN_OTHER_CAMPAIGN_MESSAGE = '该签到码属于其他活动，请确认所选活动';
export const CHECK_IN_CODE_FORMAT_MESSAGE = '签到码格式不正确';

/**
 * The confirmation code in what the editor typed or a scanner sent: the bare code, or the whole QR
 * text. A QR code of another campaign is refused here, so a scan at the wrong desk changes nothing.
 * Codes are read case-insensitively and without spaces, as people read them out.
 */
export function parseCheckInInput(input: string, campaignSlug: string): CheckInInput {
  const text = input.trim();
  if (!text) return { ok: false, message: CHECK_IN_CODE_REQUIRED_MESSAGE };
  let code = text;
  if (text.toUpperCase().startsWith(CHECK_IN_QR_PREFIX)) {
    const rest = text.slice(CHECK_IN_QR_PREFIX.length);
    const separator = rest.lastIndexOf(':');
    if (separator < 0) return { ok: false, message: CHECK_IN_CODE_FORMAT_MESSAGE };
    if (rest.slice(0, separator) !== campaignSlug) return { ok: false, message: CHECK_IN_OTHER_CAMPAIGN_MESSAGE };
    code = rest.slice(separator + 1);
  }
  code = code.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z0-9]{4,32}$/.test(code)) return { ok: false, message: CHECK_IN_CODE_FORMAT_MESSAGE };
  return { ok: true, code };
}
