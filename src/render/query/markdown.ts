import type { QueryResult, Tabular } from '../../views/query/tabular.js';
import { joinedLines } from '../rendered.js';
import { markdownTable, markdownText } from '../markdown.js';
import { MAX_GRID_COLUMNS } from './table.js';

/**
 * A heading, the facts as a list, and the rows as a table: fits a pull-request comment. A grid of more
 * than MAX_GRID_COLUMNS columns (the matrix of an organisation with many recipients) is no table a person
 * reads, and would be written cell by cell, empty ones included: its rows are shown one by one instead,
 * as in the terminal's table, each with its non-empty cells as a list. csv and json stay complete.
 */
export function queryMarkdown(result: QueryResult): Iterable<string> {
  return joinedLines(markdownParts(result.table));
}

/** The parts the markdown is made of, joined by blank lines: a wide grid's rows one at a time. */
function* markdownParts({ title, facts, columns, rows }: Tabular): Generator<string> {
  yield `## ${markdownText(title)}\n`;
  if (facts.length > 0)
    yield facts.map(([label, value]) => `- **${markdownText(label)}**: ${markdownText(value)}\n`).join('');
  if (columns.length > MAX_GRID_COLUMNS) {
    let none = true;
    for (const row of rows) {
      yield rowAsList(columns, row);
      none = false;
    }
    if (none) yield '_Nothing._\n';
    return;
  }
  const table = [...rows];
  yield table.length === 0 ? '_Nothing._\n' : markdownTable(columns, table);
}

/** A row as its first cell in bold, then each other non-empty cell as `- column: value`. */
function rowAsList(columns: readonly string[], row: readonly string[]): string {
  // a loop over the cells: the matrix of a large organisation has a column per recipient, nearly all empty
  let items = '';
  for (let i = 1; i < row.length; i++)
    if (row[i] !== '') items += `- ${markdownText(columns[i]!)}: ${markdownText(row[i]!)}\n`;
  return `**${markdownText(row[0] ?? '')}**\n${items === '' ? '' : `\n${items}`}`;
}
