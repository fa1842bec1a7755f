import { describe, expect, it } from 'vitest';
import { attachmentDisposition, exportFileName, rfc5987 } from './contentDisposition.ts';

describe('attachmentDisposition', () => {
  it('names a Chinese file in RFC 5987 encoding with an ASCII fallback', () => {
    expect(attachmentDisposition('报名名单-reading-2026.csv')).toBe(
      `attachment; filename="____-reading-2026.csv"; filename*=UTF-8''%E6%8A%A5%E5%90%8D%E5%90%8D%E5%8D%95-reading-2026.csv`,
    );
  });

  it('encodes the characters RFC 5987 does not allow bare', () => {
    expect(rfc5987("a b'(c)*.xlsx")).toBe('a%20b%27%28c%29%2A.xlsx');
    expect(decodeURIComponent(rfc5987('投票结果（第一轮）.xlsx'))).toBe('投票结果（第一轮）.xlsx');
  });

  it('keeps quotes and backslashes out of the plain filename', () => {
    expect(attachmentDisposition('a"b\\c.csv')).toMatch(/^attachment; filename="a_b_c.csv"; /);
  });
});

describe('exportFileName', () => {
  it('stamps the file with the date and minute in Shanghai, whatever the server clock zone', () => {
    expect(exportFileName('报名名单', 'reading-2026', 'xlsx', new Date('2026-04-01T17:05:00.000Z'))).toBe('报名名单-reading-2026-20260402-0105.xlsx');
  });
});
