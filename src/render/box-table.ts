import Table from 'cli-table3';

/** Cells drawn by one cli-table3 table: enough to amortise its set-up, few enough to keep its layout cheap. */
const CELLS_PER_PIECE = 512;

export interface BoxTableOptions {
  readonly head?: readonly string[];
  /** Each column's width, borders' padding included; without it the widths follow the content. */
  readonly colWidths?: readonly number[];
}

/**
 * A boxed terminal table as the record, the retention schedule and the queries draw it: cells wrap at word
 * boundaries, and cli-table3 adds no colour of its own to the header or the borders (the renderers colour
 * what matters, and NO_COLOR output stays plain).
 *
 * cli-table3 lays a table out in time that grows with the square of its cells (it checks each cell against
 * every earlier one for spans, which ropa never uses). With fixed column widths each row's drawing depends on
 * that row alone, so a long table is drawn as pieces of a few rows and joined where a piece's bottom border
 * meets the next one's top: the same text, in time linear in the rows (and in the square of the columns,
 * which is why the queries show a table of many columns another way).
 */
export function boxTable(options: BoxTableOptions, rows: readonly (readonly string[])[]): string {
  return [...boxTableLines(options, rows)].join('\n');
}

/**
 * The same text as boxTable, a few lines at a time (lines joined by line feeds, without the last one), so
 * that a table of many thousand rows is written as it is drawn.
 */
export function* boxTableLines(
  options: BoxTableOptions,
  rows: readonly (readonly string[])[],
): Generator<string> {
  const { colWidths } = options;
  if (colWidths !== undefined && isPlain(options.head ?? [], colWidths, rows)) {
    yield* plainTableLines(options.head, colWidths, rows);
    return;
  }
  const perPiece = Math.max(1, Math.floor(CELLS_PER_PIECE / (colWidths?.length ?? 1)));
  if (colWidths === undefined || rows.length <= perPiece) {
    yield drawn(options, rows);
    return;
  }
  // a piece's bottom border is held back: when another piece follows, it becomes the line between the
  // piece's last row and the next one's first
  let bottom: string | undefined;
  for (let start = 0; start < rows.length; start += perPiece) {
    const piece = drawn(start === 0 ? options : { colWidths }, rows.slice(start, start + perPiece)).split(
      '\n',
    );
    if (bottom !== undefined) {
      yield separator(piece[0]!);
      piece.shift();
    }
    bottom = piece.pop();
    yield* piece;
  }
  if (bottom !== undefined) yield bottom;
}

function drawn(options: BoxTableOptions, rows: readonly (readonly string[])[]): string {
  const table = new Table({
    ...(options.head === undefined ? {} : { head: [...options.head] }),
    ...(options.colWidths === undefined ? {} : { colWidths: [...options.colWidths] }),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push([...row]);
  return table.toString();
}

/** The line cli-table3 draws between two rows, made from a top border of the same columns. */
function separator(top: string): string {
  return top.replace('┌', '├').replaceAll('┬', '┼').replace('┐', '┤');
}

/**
 * Characters one column wide whatever the terminal: printable ASCII, the Latin letters of Western and
 * Central European names (no combining marks, no soft hyphen, no control or escape character), and the
 * typography ropa's own words use: dashes, quotes, bullets, the ellipsis, arrows (a transfer is
 * "recipient → country") and the euro sign. A box with any other character is drawn by cli-table3, which
 * measures its whole cell again for each line it draws: a record whose transfers each held a "→" took
 * 38 s for 2,000 categories, most of it there.
 */
const ONE_COLUMN_EACH = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2022\u2026\u2190-\u2193\u20ac\n]*$/;

/**
 * A table cli-table3 would measure at one column a character: every cell such text, one per column, and
 * every column wide enough for its padding. Measuring a width is most of cli-table3's time on a large
 * table (it builds a regular expression for each measure); such a table is drawn by plainTable instead.
 */
function isPlain(
  head: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly string[])[],
): boolean {
  if (widths.some((width) => !(width >= 3)) || (head.length > 0 && head.length !== widths.length))
    return false;
  const plain = (row: readonly string[]) =>
    row.length === widths.length && row.every((cell) => ONE_COLUMN_EACH.test(cell));
  return plain(head.length > 0 ? head : widths.map(() => '')) && rows.every(plain);
}

/**
 * The lines cli-table3 draws for a plain table (see isPlain) with wordWrap and wrapOnWordBoundary, one
 * space of padding each side, no colour and top-aligned cells: the test draws random tables both ways.
 * A record of 10,000 categories is 80 million characters of such boxes, so a row that fits on one line
 * (most of them) is written without the arrays of lines the general case builds.
 */
function* plainTableLines(
  head: readonly string[] | undefined,
  widths: readonly number[],
  rows: readonly (readonly string[])[],
): Generator<string> {
  const border = (left: string, middle: string, right: string) =>
    `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
  const all = head !== undefined && head.length > 0 ? [head, ...rows] : rows;
  if (all.length === 0) {
    yield '';
    return;
  }
  yield border('┌', '┬', '┐');
  const between = border('├', '┼', '┤');
  const room = widths.map((width) => width - 2);
  for (let y = 0; y < all.length; y++) {
    if (y > 0) yield between;
    const row = all[y]!;
    const cells = row.map((cell, x) => cellLines(cell, room[x]!));
    let height = 1;
    for (const cell of cells) if (cell.length > height) height = cell.length;
    let text = '';
    for (let i = 0; i < height; i++) {
      if (i > 0) text += '\n';
      for (let x = 0; x < cells.length; x++) text += `│ ${fitted(cells[x]![i] ?? '', room[x]!)} `;
      text += '│';
    }
    yield text;
  }
  yield border('└', '┴', '┘');
}

/** A cell's lines in a column of that many characters: each of its lines wrapped as cli-table3 wraps it. */
function cellLines(cell: string, width: number): readonly string[] {
  if (!cell.includes('\n')) return wrapWords(width, cell);
  const lines: string[] = [];
  for (const line of cell.split('\n')) for (const wrapped of wrapWords(width, line)) lines.push(wrapped);
  return lines;
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
  // nearly every text has no white space but the space: its words end where indexOf finds one
  const spacesOnly = !OTHER_SPACE.test(text);
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

/** White space other than the space. */
const OTHER_SPACE = /[^\S ]/;

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

/** A line cut with "…" when longer than the cell, then padded to its width. */
function fitted(line: string, width: number): string {
  const cut = line.length <= width ? line : `${line.slice(0, width - 1)}…`;
  return cut + ' '.repeat(width - cut.length);
}
