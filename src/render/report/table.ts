// The record for a terminal: a box per block, wrapped to a readable width.
import Table from 'cli-table3';
import chalk from 'chalk';
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { activityRows, processorRows, categoryRows, controllerRows, gapText } from './describe.js';
import type { Sheet } from './sheets.js';

const LABEL = 26;
const VALUE = 78;

function box(rows: readonly (readonly string[])[]): string {
  const table = new Table({
    colWidths: [LABEL, VALUE],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const [label, value] of rows) table.push([label!, mark(value!)]);
  return table.toString();
}

/** Gaps stand out in colour (when colour is on). */
function mark(value: string): string {
  return value.replace(/not stated( \[[a-z0-9-]+\])?/g, (gap) => chalk.yellow(gap));
}

export function recordTable(record: ProcessingRecord): string {
  const out: string[] = [];
  out.push(chalk.bold('Record of processing activities (GDPR Art 30)'), '');
  out.push(chalk.bold('Controller'));
  out.push(
    box(
      isNotStated(record.controller)
        ? [['Controller', gapText(record.controller)]]
        : controllerRows(record.controller),
    ),
  );
  if (record.processor) {
    out.push('', chalk.bold('Processing on behalf of controllers (Art 30(2))'));
    out.push(box(processorRows(record.processor)));
  }
  record.activities.forEach((activity, i) => {
    out.push('', chalk.bold(`${i + 1}. ${activity.name}`) + chalk.dim(` (${activity.id})`));
    out.push(box(activityRows(activity)));
    if (isNotStated(activity.categories)) {
      out.push(box([['Data categories', gapText(activity.categories)]]));
    } else {
      for (const category of activity.categories) {
        out.push(chalk.bold(`   Data category: ${category.name}`) + chalk.dim(` (${category.id})`));
        out.push(box(categoryRows(category)));
      }
    }
  });
  if (record.categories_without_purpose.length > 0) {
    out.push('', chalk.bold('Data categories without a purpose'));
    out.push(box(record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap)])));
  }
  out.push('', findingsLine(record));
  const table = new Table({ head: ['Rule', 'Severity', 'Count', 'Source'], style: { head: [], border: [] } });
  for (const r of record.findings.by_rule)
    table.push([
      r.rule,
      r.severity,
      r.waived ? `${r.count} (${r.waived} waived)` : String(r.count),
      r.source ?? '',
    ]);
  if (record.findings.by_rule.length > 0) out.push(table.toString());
  return `${out.join('\n')}\n`;
}

function findingsLine(record: ProcessingRecord): string {
  const f = record.findings;
  return chalk.bold(
    `Findings: ${f.errors} error${f.errors === 1 ? '' : 's'}, ${f.warnings} warning${f.warnings === 1 ? '' : 's'}, ${f.notes} note${f.notes === 1 ? '' : 's'}${f.waived ? `, ${f.waived} waived` : ''} (details: ropa lint)`,
  );
}

/** A sheet as one terminal table (the retention schedule). */
export function sheetTable(sheet: Sheet, title: string, widths?: readonly number[]): string {
  const table = new Table({
    head: sheet.columns.map((c) => c.header),
    ...(widths ? { colWidths: [...widths] } : {}),
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of sheet.rows) table.push(row.map((cell) => mark(String(cell))));
  return `${chalk.bold(title)}\n${table.toString()}\n`;
}
