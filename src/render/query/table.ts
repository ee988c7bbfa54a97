import type { QueryResult } from '../../views/query/tabular.js';
import { narrowWidestFirst, wrapText } from '../fit-width.js';
import type { QueryContext } from './index.js';
import { boxTableLines } from '../box-table.js';
import { joinedLines } from '../rendered.js';
import { printable, printableLines } from '../terminal.js';

/** Wider cells wrap at word boundaries, so that a long note does not push a table off the screen. */
const MAX_CELL = 40;

/** Narrower than this, a column wraps every other word: the rows are then shown one by one instead. */
const MIN_CELL = 12;

/**
 * A grid of more columns than this is no table a person reads (the matrix of a large organisation has a
 * column per recipient): its rows are shown one by one, on a terminal or not. csv and json stay complete.
 */
export const MAX_GRID_COLUMNS = 32;

/**
 * For people at a terminal: the title, the facts, then a boxed table. Given a terminal width, a table
 * wider than the screen has its widest columns narrowed (the text wraps), and when even that cannot fit
 * (many columns: the matrix, the subject map) each row is shown as a block of `column: value` lines, as it
 * is, terminal or not, for more than MAX_GRID_COLUMNS columns. Without a width (a file, a pipe) the layout
 * depends on the data alone. In pieces of a few rows, so that a long table is written as it is drawn.
 */
export function queryTable(result: QueryResult, context: QueryContext): string | Iterable<string> {
  // asked for once: the matrix makes its grid of categories x recipients each time it is asked
  const table = result.table;
  // escaped before the widths are worked out: an escape is wider than the character it shows
  const title = printable(table.title);
  const facts = table.facts.map(([label, value]) => [label, printable(value)] as const);
  const columns = table.columns.map(printable);
  const width = context.width;
  const lines = [title, ...facts.map(([label, value]) => `${label}: ${value}`)].flatMap((line) =>
    width === undefined ? [line] : wrapText(line, width, '', '  '),
  );
  lines.push('');
  const heading = lines.join('\n');
  // a grid this wide is mostly empty cells (the matrix): its rows are shown as they are made, one by one
  if (columns.length > MAX_GRID_COLUMNS) return records(heading, columns, table.rows, width ?? Infinity);
  const given = [...table.rows];
  if (given.length === 0) return `${heading}Nothing.\n`;
  const rows = given.map((row) => row.map(printableLines));
  const natural = columns.map((column, i) =>
    // reduce, not Math.max(...rows): a spread of 100,000+ rows overflows the call stack
    Math.min(
      MAX_CELL,
      rows.reduce((most, row) => Math.max(most, longestLine(row[i] ?? '')), column.length),
    ),
  );
  if (width === undefined) return boxed(heading, columns, rows, natural);
  // Each column takes its content, two spaces of padding and one border; one more border closes the row
  const fitted = narrowWidestFirst(natural, width - 3 * columns.length - 1, MIN_CELL);
  if (fitted === undefined) return records(heading, columns, given, width);
  // Wrapped here rather than by cli-table3, which would cut a word longer than its column short with "…"
  const wrap = (cell: string, i: number) =>
    cell
      .split('\n')
      .flatMap((part) => wrapText(part, fitted[i]!, '', ''))
      .join('\n');
  return boxed(
    heading,
    columns.map(wrap),
    rows.map((row) => row.map(wrap)),
    fitted,
  );
}

/** The heading, then the boxed table a few rows at a time (the transfers of a large inventory). */
function* boxed(
  heading: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  contents: readonly number[],
): Generator<string> {
  yield heading;
  yield* joinedLines(boxTableLines({ head: columns, colWidths: contents.map((w) => w + 2) }, rows));
  yield '\n';
}

/**
 * The rows one after the other, for a screen too narrow for the table: the first cell as a heading, then
 * each other non-empty cell as `column: value` (an empty cell says nothing: no flow, no value stated).
 * In pieces, a row at a time, after the heading.
 */
function* records(
  heading: string,
  columns: readonly string[],
  rows: Iterable<readonly string[]>,
  width: number,
): Generator<string> {
  yield heading;
  let first = true;
  for (const row of rows) {
    yield `${first ? '' : '\n\n'}${record(columns, row, width)}`;
    first = false;
  }
  yield first ? 'Nothing.\n' : '\n';
}

function record(columns: readonly string[], row: readonly string[], width: number): string {
  const lines = wrapText(printableLines(row[0] ?? ''), width, '', '');
  for (let i = 1; i < row.length; i++) {
    if (row[i] === '') continue;
    const label = `  ${columns[i]}: `;
    for (const [j, part] of printableLines(row[i]!).split('\n').entries())
      lines.push(...wrapText(part, width, j === 0 ? label : '    ', '    '));
  }
  return lines.join('\n');
}

function longestLine(text: string): number {
  return text.split('\n').reduce((most, line) => Math.max(most, line.length), 0);
}
