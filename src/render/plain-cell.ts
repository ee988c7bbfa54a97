// A boxed table's cells of plain text: every character one column wide, so a line's width is its length.

/**
 * Characters one column wide whatever the terminal: printable ASCII, the Latin letters of Western and
 * Central European names (no combining marks, no soft hyphen, no control or escape character), and the
 * typography ropa's own words use: dashes, quotes, bullets, the ellipsis, arrows (a transfer is
 * "recipient → country") and the euro sign. Nearly every cell of a record is such text; any other is
 * measured character by character (measured-cell.ts).
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2022\u2026\u2190-\u2193\u20ac\n]*$/;

/** Whether a cell is plain text, one column a character. */
export function isPlain(cell: string): boolean {
  return ONE_COLUMN_EACH.test(cell);
}

/** A plain cell's lines in a column of that many characters: each of its lines wrapped as cli-table3 wraps it. */
export function plainLines(cell: string, width: number): readonly string[] {
  if (!cell.includes('\n')) return wrapWords(width, cell);
  const lines: string[] = [];
  for (const line of cell.split('\n')) for (const wrapped of wrapWords(width, line)) lines.push(wrapped);
  return lines;
}

/** A plain line cut with "…" when longer than the cell, then padded to its width. */
export function plainFitted(line: string, width: number): string {
  const cut = line.length <= width ? line : `${line.slice(0, width - 1)}…`;
  return cut + ' '.repeat(width - cut.length);
}

const HAS_TEXT = /\S/;

/**
 * cli-table3's word wrap, as it treats a line: words kept whole, a line that holds nothing dropped. It
 * splits the line at each run of white space and joins the words again; each line here is the slice of
 * the text from its first word to its last, which is the same text (the runs inside a line are kept as
 * they are, the run where a line breaks is dropped, and white space before the first word stays with it
 * without counting towards the width, as cli-table3 counts it).
 */
function wrapWords(width: number, text: string): string[] {
  // a line that fits is itself, but for one of white space only, which is dropped (most cells of a record)
  if (text.length <= width) return HAS_TEXT.test(text) ? [text] : [];
  const lines: string[] = [];
  let start = 0; // where the line being filled starts in the text
  let end = 0; // and where it ends
  let length = 0; // its length as cli-table3 counts it
  let word = 0; // the start of the next word
  let space = 0; // the length of the white space before it (0 before the first word)
  // nearly every text has no white space but the space: its words end where indexOf finds one. Plain
  // text (ONE_COLUMN_EACH) holds no other white space but the no-break space (its lines are split)
  const spacesOnly = !text.includes('\u00a0');
  for (;;) {
    const after = wordEnd(text, word, spacesOnly);
    const size = after - word;
    let next = length + size;
    if (length > 0) next += space;
    if (next > width) {
      if (length !== 0) lines.push(text.slice(start, end));
      start = word;
      length = size;
    } else length = next;
    end = after;
    if (after === text.length) break;
    word = after;
    while (word < text.length && isSpace(text.charCodeAt(word))) word++;
    space = word - after;
  }
  if (length) lines.push(text.slice(start, end));
  return lines;
}

/** Where the word starting at `from` ends: at the next white space, or at the end of the text. */
function wordEnd(text: string, from: number, spacesOnly: boolean): number {
  if (spacesOnly) {
    const at = text.indexOf(' ', from);
    return at < 0 ? text.length : at;
  }
  let at = from;
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** Whether a UTF-16 code unit is white space to a regular expression's \s. */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
