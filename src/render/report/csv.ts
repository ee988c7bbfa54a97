import type { Sheet } from './sheets.js';

/**
 * RFC 4180 CSV (CRLF line ends, every field quoted when needed) in UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the accents right. A cell a spreadsheet would run as a formula is neutralised.
 */
export function csv(sheet: Sheet): string {
  const lines = [sheet.columns.map((c) => c.header), ...sheet.rows].map((row) =>
    row.map((cell) => field(typeof cell === 'number' ? String(cell) : neutralise(cell))).join(','),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A leading `=`, `+`, `-`, `@`, tab or CR makes spreadsheets evaluate the cell: prefix a quote (OWASP). */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
