/** A spreadsheet cell as the exports produce it. */
export type CellValue = string | number | boolean | null | undefined;

// Excel, LibreOffice and WPS run a cell starting with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes a text cell safe to open in a spreadsheet: a leading ' keeps = + - @ (and tab or CR, which
 * some programs strip before looking) from starting a formula. Numbers are left alone, so -3 stays a number.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
export function csvField(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The byte order mark that makes Excel on Chinese Windows read the file as UTF-8, not GBK. */
export const UTF8_BOM = '\uFEFF';

/** A whole CSV file: BOM, a header row, CRLF line ends (RFC 4180). */
export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
