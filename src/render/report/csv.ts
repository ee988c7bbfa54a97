import { csv as writeCsv, csvLines } from '../csv.js';
import type { Sheet } from './sheets.js';

/** A sheet as CSV, through the shared writer (RFC 4180, UTF-8 with a byte-order mark, formulas neutralised). */
export function csv(sheet: Sheet): string {
  return writeCsv(
    sheet.columns.map((c) => c.header),
    sheet.rows,
  );
}

/** The same text a line at a time, for a large sheet to be written as it is made. */
export function csvPieces(sheet: Sheet): Iterable<string> {
  return csvLines(
    sheet.columns.map((c) => c.header),
    sheet.rows,
  );
}
