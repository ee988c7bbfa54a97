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
  const { colWidths } = options;
  const perPiece = Math.max(1, Math.floor(CELLS_PER_PIECE / (colWidths?.length ?? 1)));
  if (colWidths === undefined || rows.length <= perPiece) return drawn(options, rows);
  const lines: string[] = [];
  for (let start = 0; start < rows.length; start += perPiece) {
    const piece = drawn(start === 0 ? options : { colWidths }, rows.slice(start, start + perPiece)).split(
      '\n',
    );
    if (start > 0) {
      // the previous piece's bottom border becomes the line between its last row and this piece's first
      lines.pop();
      lines.push(separator(piece[0]!));
      piece.shift();
    }
    lines.push(...piece);
  }
  return lines.join('\n');
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
