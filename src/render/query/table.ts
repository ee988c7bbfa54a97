import Table from 'cli-table3';
import type { QueryResult } from '../../views/query/tabular.js';

/** Wider cells wrap at word boundaries, so that a long note does not push a table off the screen. */
const MAX_CELL = 40;

/** For people at a terminal: the title, the facts, then a boxed table. */
export function queryTable(result: QueryResult): string {
  const { title, facts, columns, rows } = result.table;
  const lines = [title, ...facts.map(([label, value]) => `${label}: ${value}`), ''];
  if (rows.length === 0) return `${lines.join('\n')}Nothing.\n`;
  const widths = columns.map(
    (column, i) =>
      Math.min(MAX_CELL, Math.max(column.length, ...rows.map((row) => longestLine(row[i] ?? '')))) + 2,
  );
  const table = new Table({
    head: [...columns],
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push([...row]);
  return `${lines.join('\n')}${table.toString()}\n`;
}

function longestLine(text: string): number {
  return Math.max(...text.split('\n').map((line) => line.length));
}
