// The record for a terminal: a box per block, wrapped to a readable width.
import chalk from 'chalk';
import type { ProcessingRecord } from '../../views/record.js';
import { gapPattern, isNotStated } from '../../views/stated.js';
import { ENGLISH, type Words } from '../../views/words/index.js';
import {
  activityRows,
  asOfText,
  processorRows,
  categoryRows,
  controllerRows,
  gapText,
  keyWord,
} from './describe.js';
import type { RenderOptions } from '../context.js';
import type { Sheet } from './sheets.js';
import { shrinkInProportion } from '../fit-width.js';
import { boxTable, boxTableLines } from '../box-table.js';
import { printable, printableLines } from '../terminal.js';
import { joinedLines } from '../rendered.js';
import { numbered } from '../../iterables.js';

const LABEL = 26;
const VALUE = 78;

/** Words longer than this may be cut in a narrow terminal rather than widen their column further. */
const LONG_WORD = 12;

/**
 * The least width of each column: its longest word (a header's whole, a value's up to LONG_WORD), padded;
 * when those do not fit in `width`, the header's longest word only, and when even those do not, none.
 */
function leastWidths(
  sheet: Pick<Sheet, 'columns'> & { readonly rows: readonly (readonly string[])[] },
  width: number | undefined,
): number[] {
  // reduce, not Math.max(...list): a spread of 100,000+ words or rows overflows the call stack
  const longest = (text: string) => text.split(/\s+/).reduce((most, w) => Math.max(most, w.length), 0);
  const headers = sheet.columns.map((c) => longest(c.header) + 2);
  const values = headers.map((header, i) =>
    sheet.rows.reduce(
      (most, row) => Math.max(most, Math.min(LONG_WORD, longest(String(row[i] ?? ''))) + 2),
      header,
    ),
  );
  const room = width === undefined ? Infinity : width - sheet.columns.length - 1;
  const fits = (least: number[]) => least.reduce((a, b) => a + b, 0) <= room;
  return fits(values) ? values : fits(headers) ? headers : [];
}

/** A box of label and value rows, a row at a time (a row may be several lines). */
function boxOf(
  rows: readonly (readonly string[])[],
  widths: readonly number[],
  gaps: RegExp,
): Iterable<string> {
  return boxTableLines(
    { colWidths: widths },
    rows.map(([label, value]) => [printable(label!), mark(printableLines(value!), gaps)]),
  );
}

/** Gaps, marked or not, stand out in colour (when colour is on; without it, nothing to look for). */
function mark(value: string, gaps: RegExp): string {
  return chalk.level === 0 ? value : value.replace(gaps, (gap) => chalk.yellow(gap));
}

/** The record for a terminal, whole. */
export function recordTable(
  record: ProcessingRecord,
  options: RenderOptions = {},
  w: Words = ENGLISH,
): string {
  return [...recordTableLines(record, options, w)].join('\n');
}

/** The same text in pieces, an activity at a time, so that a large record is written as it is made. */
export function recordTablePieces(
  record: ProcessingRecord,
  options: RenderOptions = {},
  w: Words = ENGLISH,
): Iterable<string> {
  return joinedLines(recordTableLines(record, options, w));
}

/** The record's lines (a box is one piece of several lines), given out an activity at a time. */
function* recordTableLines(record: ProcessingRecord, options: RenderOptions, w: Words): Generator<string> {
  const { t } = w;
  const widths = shrinkInProportion([LABEL, VALUE], options.width);
  const gaps = gapPattern(w, { bare: true });
  let out: string[] = [];
  // a box is one piece: its lines joined once, rather than each line a piece of its own
  const box = (rows: readonly (readonly string[])[]) => {
    out.push([...boxOf(rows, widths, gaps)].join('\n'));
  };
  out.push(chalk.bold(t['record.titleArt30']), asOfText(record, w), '');
  out.push(chalk.bold(t['record.controller']));
  box(
    isNotStated(record.controller)
      ? [[t['field.controller'], gapText(record.controller, w)]]
      : controllerRows(record.controller, w),
  );
  if (record.processor) {
    out.push('', chalk.bold(t['record.processorArt']));
    box(processorRows(record.processor, w));
  }
  for (const [i, activity] of numbered(record.activities)) {
    yield* out;
    out = [];
    out.push(
      '',
      chalk.bold(`${w.number(i + 1)}. ${printable(activity.name)}`) + chalk.dim(` (${activity.id})`),
    );
    box(activityRows(activity, w));
    if (isNotStated(activity.categories)) {
      box([[t['field.categories'], gapText(activity.categories, w)]]);
    } else {
      for (const category of activity.categories) {
        out.push(
          chalk.bold(`   ${t['record.categoryHeading'](printable(category.name))}`) +
            chalk.dim(` (${category.id})`),
        );
        box(categoryRows(category, w));
      }
    }
  }
  if (record.categories_without_purpose.length > 0) {
    out.push('', chalk.bold(t['record.withoutPurpose']));
    box(record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap, w)]));
  }
  const f = record.findings;
  out.push('', chalk.bold(t['record.findingsLine'](f.errors, f.warnings, f.notes, f.waived)));
  if (f.by_rule.length > 0)
    out.push(
      boxTable(
        {
          head: [t['col.rule'], t['col.severity'], t['col.count'], t['col.source']],
          ...(options.width === undefined
            ? {}
            : { colWidths: shrinkInProportion([30, 10, 16, 40], options.width) }),
        },
        f.by_rule.map((r) => [
          r.rule,
          keyWord(w, 'severity.', r.severity),
          r.waived ? t['record.waivedCount'](w.number(r.count), w.number(r.waived)) : w.number(r.count),
          r.source ?? '',
        ]),
      ),
    );
  out.push('');
  yield* out;
}

/** A sheet as one terminal table (the retention schedule), fitted to `options.width` when given. */
export function sheetTable(
  sheet: Sheet,
  title: string,
  widths: readonly number[],
  options: RenderOptions = {},
  w: Words = ENGLISH,
): Iterable<string> {
  // escaped before the widths are worked out: an escape is wider than the character it shows
  const shown = {
    ...sheet,
    rows: [...sheet.rows].map((row) => row.map((cell) => printableLines(String(cell ?? '')))),
  };
  // written as it is drawn: the schedule of a large inventory has a row per category and scope
  const gaps = gapPattern(w, { bare: true });
  const table = boxTableLines(
    {
      head: sheet.columns.map((c) => c.header),
      colWidths: shrinkInProportion(widths, options.width, leastWidths(shown, options.width)),
    },
    shown.rows.map((row) => row.map((cell) => mark(cell, gaps))),
  );
  return joinedLines(
    (function* () {
      yield chalk.bold(title);
      yield* table;
      yield '';
    })(),
  );
}
