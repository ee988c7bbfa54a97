import type { QueryResult } from '../../views/query/tabular.js';
import { markdownTable, markdownText } from '../markdown.js';

/** A heading, the facts as a list, and the rows as a table: fits a pull-request comment. */
export function queryMarkdown(result: QueryResult): string {
  const { title, facts, columns, rows } = result.table;
  const parts = [`## ${markdownText(title)}\n`];
  if (facts.length > 0)
    parts.push(
      facts.map(([label, value]) => `- **${markdownText(label)}**: ${markdownText(value)}\n`).join(''),
    );
  parts.push(rows.length === 0 ? '_Nothing._\n' : markdownTable(columns, rows));
  return parts.join('\n');
}
