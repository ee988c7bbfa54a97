/**
 * The one CSV writer (query, report and retention exports): RFC 4180 with CRLF line ends; a field holding a
 * comma, a quote, CR or LF is quoted, with quotes doubled. The text starts with a UTF-8 byte-order mark:
 * without it spreadsheet programs read the file in the local code page and garble accented names. A cell
 * a spreadsheet would run as a formula is neutralised (see `neutralise`).
 */
export function csv(columns: readonly string[], rows: Iterable<readonly (string | number)[]>): string {
  return [...csvLines(columns, rows)].join('');
}

/** The same text as `csv`, the byte-order mark and then a line at a time. */
export function* csvLines(
  columns: readonly string[],
  rows: Iterable<readonly (string | number)[]>,
): Generator<string> {
  yield '\uFEFF';
  yield `${columns.map(csvField).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(csvField).join(',')}\r\n`;
}

/** One field: a number as written, text neutralised and quoted when RFC 4180 requires it. */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  // most cells of a wide grid (the matrix: a column per recipient) are empty
  if (value === '') return value;
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const FORMULA_STARTS = '=+-@\t\r';

/**
 * A leading `=`, `+`, `-`, `@`, tab or CR makes spreadsheets evaluate the cell: prefix an apostrophe, as
 * OWASP advises against CSV injection, so that it shows as text.
 */
export function neutralise(text: string): string {
  return text.length > 0 && FORMULA_STARTS.includes(text[0]!) ? `'${text}` : text;
}
