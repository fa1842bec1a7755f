import writeXlsxFile from 'write-excel-file/node';
import type { ExportTable } from './exportTables.ts';

/**
 * An .xlsx workbook of one sheet, header row bold and frozen. Text goes in as typed string cells,
 * which Excel never evaluates, so unlike CSV no formula neutralising is needed here.
 */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const header = table.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    row.map((cell) => {
      if (cell === null || cell === undefined || cell === '') return null;
      if (typeof cell === 'number') return { value: cell, type: Number };
      return { value: String(cell), type: String };
    }),
  );
  return writeXlsxFile([header, ...rows], {
    sheet: table.sheetName,
    stickyRowsCount: 1,
    columns: table.header.map((title) => ({ width: Math.max(10, title.length * 2 + 4) })),
  }).toBuffer();
}
