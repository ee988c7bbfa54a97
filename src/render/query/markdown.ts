import type { QueryResult } from '../../views/query/tabular.js';
import { markdownTable, markdownText } from '../markdown.js';
import { MAX_GRID_COLUMNS } from './table.js';

/**
 * A heading, the facts as a list, and the rows as a table: fits a pull-request comment. A grid of more
 * than MAX_GRID_COLUMNS columns (the matrix of an organisation with many recipients) is no table a person
 * reads, and would be written cell by cell, empty ones included: its rows are shown one by one instead,
 * as in the terminal's table, each with its non-empty cells as a list. csv and json stay complete.
 */
export function queryMarkdown(result: QueryResult): string {
  const { title, facts, columns, rows } = result.table;
  const parts = [`## ${markdownText(title)}\n`];
  if (facts.length > 0)
    parts.push(
      facts.map(([label, value]) => `- **${markdownText(label)}**: ${markdownText(value)}\n`).join(''),
    );
  if (rows.length === 0) parts.push('_Nothing._\n');
  // a loop, not push(...rows): a spread of 100,000+ rows overflows the call stack
  else if (columns.length > MAX_GRID_COLUMNS) for (const row of rows) parts.push(rowAsList(columns, row));
  else parts.push(markdownTable(columns, rows));
  return parts.join('\n');
}

/** A row as its first cell in bold, then each other non-empty cell as `- column: value`. */
function rowAsList(columns: readonly string[], [head = '', ...rest]: readonly string[]): string {
  const items = rest.flatMap((value, i) =>
    value === '' ? [] : [`- ${markdownText(columns[i + 1]!)}: ${markdownText(value)}\n`],
  );
  return `**${markdownText(head)}**\n${items.length > 0 ? `\n${items.join('')}` : ''}`;
}
