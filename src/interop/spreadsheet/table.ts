// A spreadsheet as the import sees it: named tables of text cells, whatever the file format. The caps
// keep a hostile file from exhausting memory; cells are cleaned of control characters here, once.

export interface Table {
  /** The sheet's name (for a csv file, the file's name). */
  readonly name: string;
  /** rows[i] is the spreadsheet's row i + 1; cells are text, trimmed, '' when empty. */
  readonly rows: readonly (readonly string[])[];
}

export const MAX_FILE_BYTES = 32 * 1024 * 1024;
export const MAX_ROWS = 100_000;
export const MAX_COLUMNS = 512;
/** Excel's own limit on the text of one cell. */
export const MAX_CELL = 32_767;

/** A formula is imported as its text, never evaluated: it starts with "=" as it does in the program. */
export const formulaText = (formula: string): string => `=${formula.replace(/^(of:)?=?/, '')}`;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** A cell's text: control characters other than tab and newline removed, CRLF as LF, trimmed, capped. */
export function cleanCell(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim().slice(0, MAX_CELL);
}

/** "A" -> 0, "AB" -> 27: the column index of a cell reference's letters. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const c of letters.toUpperCase()) index = index * 26 + (c.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 -> "A", 27 -> "AB": the column letters a spreadsheet program shows. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
