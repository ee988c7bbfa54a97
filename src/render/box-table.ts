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
  for (const [y, row] of all.entries()) {
    if (y > 0) yield between;
    const cells = row.map((cell, x) => cell.split('\n').flatMap((line) => wrapWords(widths[x]! - 2, line)));
    const height = Math.max(1, ...cells.map((cell) => cell.length));
    const lines: string[] = [];
    for (let i = 0; i < height; i++)
      lines.push(`│${cells.map((cell, x) => ` ${fitted(cell[i] ?? '', widths[x]! - 2)} `).join('│')}│`);
    yield lines.join('\n');
  }
  yield border('└', '┴', '┘');
}

/** cli-table3's word wrap, as it treats a line: words kept whole, a line that holds nothing dropped. */
function wrapWords(width: number, text: string): string[] {
  // a line that fits is itself, but for one of white space only, which is dropped (most cells of a record)
  if (text.length <= width) return /\S/.test(text) ? [text] : [];
  const lines: string[] = [];
  const split = text.split(/(\s+)/g);
  let line: string[] = [];
  let length = 0;
  let space: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    let next = length + word.length;
    if (length > 0 && space) next += space.length;
    if (next > width) {
      if (length !== 0) lines.push(line.join(''));
      line = [word];
      length = word.length;
    } else {
      line.push(space || '', word);
      length = next;
    }
    space = split[i + 1];
  }
  if (length) lines.push(line.join(''));
  return lines;
}

/** A line cut with "…" when longer than the cell, then padded to its width. */
function fitted(line: string, width: number): string {
  const cut = line.length <= width ? line : `${line.slice(0, width - 1)}…`;
  return cut + ' '.repeat(width - cut.length);
}
