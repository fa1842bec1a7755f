import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula, toCsv, UTF8_BOM } from './csv.ts';

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks as RFC 4180 asks', () => {
    expect(csvField('市总工会')).toBe('市总工会');
    expect(csvField('甲,乙')).toBe('"甲,乙"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes numbers and booleans as they are and leaves empty cells empty', () => {
    expect([csvField(12), csvField(-3), csvField(true), csvField(null), csvField(undefined), csvField('')]).toEqual(['12', '-3', 'true', '', '', '']);
  });

  it('keeps text starting with = + - @ from running as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")');
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('=1,2')).toBe('"\'=1,2"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv(['姓名', '单位'], [['张三', '=cmd'], ['李四', null]]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("姓名,单位\r\n张三,'=cmd\r\n李四,\r\n");
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
