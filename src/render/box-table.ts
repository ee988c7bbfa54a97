import Table from 'cli-table3';
import { measuredFitted, measuredLines } from './measured-cell.js';
import { isPlain, plainFitted, plainLines } from './plain-cell.js';

export interface BoxTableOptions {
  readonly head?: readonly string[];
  /** Each column's width, borders' padding included; without it the widths follow the content. */
  readonly colWidths?: readonly number[];
}

/**
 * A boxed terminal table as the record, the retention schedule and the queries draw it: cells wrap at word
 * boundaries, and no colour is added to the header or the borders (the renderers colour what matters, and
 * NO_COLOR output stays plain).
 *
 * A table of fixed column widths is drawn here, row by row, exactly as cli-table3 would draw it: in time
 * linear in its text, where cli-table3 takes time that grows with the square of its cells (it checks each
 * cell against every earlier one for spans, which ropa never uses) and of each cell's length (it measures
 * a whole cell again for every line it draws). cli-table3 still lays out the small tables whose widths
 * follow their content.
 *
 * Cells hold printable text (see printable): no control character but the line feed and the colour
 * codes chalk writes. Another escape sequence would be measured as the characters it is made of.
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
  if (colWidths !== undefined && isDrawable(options.head ?? [], colWidths, rows)) {
    yield* drawnLines(options.head, colWidths, rows);
    return;
  }
  yield drawn(options, rows);
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

/**
 * A table drawn here rather than by cli-table3: fixed widths, each with room for its padding, and no row
 * (the head included) with more cells than columns. A row with fewer is drawn with the rest empty.
 */
function isDrawable(
  head: readonly string[],
  widths: readonly number[],
  rows: readonly (readonly string[])[],
): boolean {
  if (widths.some((width) => !(width >= 3)) || (head.length > 0 && head.length !== widths.length))
    return false;
  return rows.every((row) => row.length <= widths.length);
}

/**
 * The lines cli-table3 draws for a table of fixed widths (see isDrawable) with wordWrap and
 * wrapOnWordBoundary, one space of padding each side, no colour of its own and top-aligned cells: the
 * test draws random tables both ways. A cell of plain text (most of them) is wrapped and cut by its
 * length; any other is measured in columns (measured-cell.ts). A record of 10,000 categories is
 * 80 million characters of such boxes, so a row that fits on one line is written without the arrays of
 * lines the general case builds.
 */
function* drawnLines(
  head: readonly string[] | undefined,
  widths: readonly number[],
  rows: readonly (readonly string[])[],
): Generator<string> {
  const all = head !== undefined && head.length > 0 ? [head, ...rows] : rows;
  if (all.length === 0) {
    yield '';
    return;
  }
  const { top, between, bottom } = framed(widths);
  yield top;
  const room = widths.map((width) => width - 2);
  // for each cell of a row: its lines, and how a line of it is fitted to the cell
  const cells: (readonly string[])[] = [];
  const fitters: ((line: string, width: number) => string)[] = [];
  for (let y = 0; y < all.length; y++) {
    if (y > 0) yield between;
    const row = all[y]!;
    let height = 1;
    for (let x = 0; x < widths.length; x++) {
      const cell = row[x] ?? '';
      const plain = isPlain(cell);
      const lines = (plain ? plainLines : measuredLines)(cell, room[x]!);
      cells[x] = lines;
      fitters[x] = plain ? plainFitted : measuredFitted;
      if (lines.length > height) height = lines.length;
    }
    let text = '';
    for (let i = 0; i < height; i++) {
      if (i > 0) text += '\n';
      for (let x = 0; x < widths.length; x++) {
        const line = cells[x]![i];
        text += `│ ${line === undefined ? ' '.repeat(room[x]!) : fitters[x]!(line, room[x]!)} `;
      }
      text += '│';
    }
    yield text;
  }
  yield bottom;
}

/** The borders of a table of these widths, drawn once for each: the record draws 120,000 boxes alike. */
function framed(widths: readonly number[]): Frame {
  const key = widths.join(' ');
  let frame = frames.get(key);
  if (!frame) {
    const border = (left: string, middle: string, right: string) =>
      `${left}${widths.map((width) => '─'.repeat(width)).join(middle)}${right}`;
    frame = { top: border('┌', '┬', '┐'), between: border('├', '┼', '┤'), bottom: border('└', '┴', '┘') };
    if (frames.size >= 100) frames.clear();
    frames.set(key, frame);
  }
  return frame;
}

interface Frame {
  readonly top: string;
  readonly between: string;
  readonly bottom: string;
}

const frames = new Map<string, Frame>();
