import { neutralise } from '../csv.js';
import type { Sheet } from './sheets.js';

/** Fixed document dates: the workbook must be byte-for-byte the same from one run to the next. */
const EPOCH = new Date(Date.UTC(2000, 0, 1));

/**
 * An xlsx workbook, one worksheet per sheet: bold frozen header row, auto-filter, column widths and
 * wrapped text. exceljs is imported here only, as it is large.
 */
export async function xlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ropa';
  workbook.created = EPOCH;
  workbook.modified = EPOCH;
  // One style object for the header cells and one for the others: exceljs finds a style's id by rendering
  // it unless it has met the very same object, so a style object per cell would be rendered once per cell
  const alignment = { wrapText: true, vertical: 'top' } as const;
  const font = { bold: true };
  const header = { font, alignment };
  const body = { alignment };
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    for (const row of sheet.rows) {
      // Text cells stay text: a value starting with "=" must not become a formula
      worksheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutralise(cell))));
    }
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    worksheet.eachRow((row, number) => {
      if (number === 1) row.font = font;
      row.alignment = alignment;
      const style = number === 1 ? header : body;
      row.eachCell((cell) => {
        cell.style = style;
      });
    });
  }
  // exceljs zips with jszip and gives no date for an entry, so jszip would stamp the current time; its
  // defaults are set for the duration of the write: a fixed date, and no folder entries
  const { default: JSZip } = await import('jszip');
  const defaults = JSZip.defaults as { date: Date | null; createFolders: boolean };
  const saved = { ...defaults };
  Object.assign(defaults, { date: EPOCH, createFolders: false });
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  } finally {
    Object.assign(defaults, saved);
  }
}
