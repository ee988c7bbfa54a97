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
  // Stored, not compressed: the archive is compressed once, below, as its dates are fixed
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer));
}

/**
 * exceljs stamps each zip entry with the current time; rewrite the archive with a fixed date, compressing
 * each entry as it goes.
 */
async function fixZipDates(bytes: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name]!;
    if (entry.dir) continue;
    target.file(name, await entry.async('uint8array'), { date: EPOCH, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
