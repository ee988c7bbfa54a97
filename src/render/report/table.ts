// The record for a terminal: a box per block, wrapped to a readable width.
import chalk from 'chalk';
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { activityRows, asOfText, processorRows, categoryRows, controllerRows, gapText } from './describe.js';
import type { RenderOptions } from '../context.js';
import type { Sheet } from './sheets.js';
import { shrinkInProportion } from '../fit-width.js';
import { boxTable } from '../box-table.js';
import { printable, printableLines } from '../terminal.js';

const LABEL = 26;
const VALUE = 78;

/** Words longer than this may be cut in a narrow terminal rather than widen their column further. */
const LONG_WORD = 12;

/**
 * The least width of each column: its longest word (a header's whole, a value's up to LONG_WORD), padded;
 * when those do not fit in `width`, the header's longest word only, and when even those do not, none.
 */
function leastWidths(sheet: Sheet, width: number | undefined): number[] {
  const longest = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));
  const headers = sheet.columns.map((c) => longest(c.header) + 2);
  const values = headers.map((header, i) =>
    Math.max(header, ...sheet.rows.map((row) => Math.min(LONG_WORD, longest(String(row[i] ?? ''))) + 2)),
  );
  const room = width === undefined ? Infinity : width - sheet.columns.length - 1;
  const fits = (least: number[]) => least.reduce((a, b) => a + b, 0) <= room;
  return fits(values) ? values : fits(headers) ? headers : [];
}

function boxOf(rows: readonly (readonly string[])[], width: number | undefined): string {
  return boxTable(
    { colWidths: shrinkInProportion([LABEL, VALUE], width) },
    rows.map(([label, value]) => [printable(label!), mark(printableLines(value!))]),
  );
}

/** Gaps stand out in colour (when colour is on). */
function mark(value: string): string {
  return value.replace(/not stated( \[[a-z0-9-]+(, waived[^\]]*)?\])?/g, (gap) => chalk.yellow(gap));
}

export function recordTable(record: ProcessingRecord, options: RenderOptions = {}): string {
  const box = (rows: readonly (readonly string[])[]) => boxOf(rows, options.width);
  const out: string[] = [];
  out.push(chalk.bold('Record of processing activities (GDPR Art 30)'), asOfText(record), '');
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
    out.push('', chalk.bold(`${i + 1}. ${printable(activity.name)}`) + chalk.dim(` (${activity.id})`));
    out.push(box(activityRows(activity)));
    if (isNotStated(activity.categories)) {
      out.push(box([['Data categories', gapText(activity.categories)]]));
    } else {
      for (const category of activity.categories) {
        out.push(
          chalk.bold(`   Data category: ${printable(category.name)}`) + chalk.dim(` (${category.id})`),
        );
        out.push(box(categoryRows(category)));
      }
    }
  });
  if (record.categories_without_purpose.length > 0) {
    out.push('', chalk.bold('Data categories without a purpose'));
    out.push(box(record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap)])));
  }
  out.push('', findingsLine(record));
  if (record.findings.by_rule.length > 0)
    out.push(
      boxTable(
        {
          head: ['Rule', 'Severity', 'Count', 'Source'],
          ...(options.width === undefined
            ? {}
            : { colWidths: shrinkInProportion([30, 10, 16, 40], options.width) }),
        },
        record.findings.by_rule.map((r) => [
          r.rule,
          r.severity,
          r.waived ? `${r.count} (${r.waived} waived)` : String(r.count),
          r.source ?? '',
        ]),
      ),
    );
  return `${out.join('\n')}\n`;
}

function findingsLine(record: ProcessingRecord): string {
  const f = record.findings;
  return chalk.bold(
    `Findings: ${f.errors} error${f.errors === 1 ? '' : 's'}, ${f.warnings} warning${f.warnings === 1 ? '' : 's'}, ${f.notes} note${f.notes === 1 ? '' : 's'}${f.waived ? `, ${f.waived} waived` : ''} (details: ropa lint)`,
  );
}

/** A sheet as one terminal table (the retention schedule), fitted to `options.width` when given. */
export function sheetTable(
  sheet: Sheet,
  title: string,
  widths: readonly number[],
  options: RenderOptions = {},
): string {
  // escaped before the widths are worked out: an escape is wider than the character it shows
  const shown = {
    ...sheet,
    rows: sheet.rows.map((row) => row.map((cell) => printableLines(String(cell ?? '')))),
  };
  const table = boxTable(
    {
      head: sheet.columns.map((c) => c.header),
      colWidths: shrinkInProportion(widths, options.width, leastWidths(shown, options.width)),
    },
    shown.rows.map((row) => row.map(mark)),
  );
  return `${chalk.bold(title)}\n${table}\n`;
}
