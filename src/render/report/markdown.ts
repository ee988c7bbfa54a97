// The record as GitHub-flavoured Markdown: headings per activity, two-column tables, values escaped.
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
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
import { markdownText } from '../markdown.js';
import { joinedLines } from '../rendered.js';
import { numbered } from '../../iterables.js';
import type { Sheet } from './sheets.js';

/** A cell already written as Markdown (a rule's text with its code spans), not to be escaped again. */
interface Markup {
  readonly markdown: string;
}

type Cell = string | number | Markup;

function table(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = (c: Cell) =>
    typeof c === 'number' ? String(c) : typeof c === 'string' ? markdownText(c) || ' ' : c.markdown;
  const line = (cells: readonly Cell[]) => `| ${cells.map(text).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** A rule's own text, whose field names are written as `code`: code spans kept, the rest escaped. */
function ruleText(text: string): Markup {
  return {
    markdown: text
      .split('`')
      .map((part, i) => (i % 2 === 1 ? `\`${part.replace(/\|/g, '\\|')}\`` : markdownText(part)))
      .join(''),
  };
}

function anchor(id: string): string {
  return `activity-${id}`;
}

/** The record as Markdown, whole. */
export function recordMarkdown(record: ProcessingRecord, w: Words = ENGLISH): string {
  return [...recordMarkdownLines(record, w)].join('\n');
}

/** The same text in pieces, a category at a time, so that a large record is written as it is made. */
export function recordMarkdownPieces(record: ProcessingRecord, w: Words = ENGLISH): Iterable<string> {
  return joinedLines(recordMarkdownLines(record, w));
}

/** The record's lines (without their line ends), given out a category at a time. */
function* recordMarkdownLines(record: ProcessingRecord, w: Words): Generator<string> {
  const { t } = w;
  const fields = (rows: readonly (readonly Cell[])[]) => table([t['field.field'], t['field.value']], rows);
  const out: string[] = [
    `# ${markdownText(t['record.titleArt30'])}`,
    '',
    markdownText(asOfText(record, w)),
    '',
  ];
  out.push(`## ${markdownText(t['record.controller'])}`, '');
  out.push(
    fields(
      isNotStated(record.controller)
        ? [[t['field.controller'], gapText(record.controller, w)]]
        : controllerRows(record.controller, w),
    ),
    '',
  );
  if (record.processor) {
    out.push(`## ${markdownText(t['record.processorArt'])}`, '');
    out.push(fields(processorRows(record.processor, w)), '');
  }
  out.push(`## ${markdownText(t['record.activities'])}`, '');
  for (const activity of record.activities.names)
    out.push(`- [${markdownText(activity.name)}](#${anchor(activity.id)})`);
  out.push('');
  for (const [i, activity] of numbered(record.activities)) {
    yield* out.splice(0);
    out.push(
      `<a id="${anchor(activity.id)}"></a>`,
      '',
      `### ${w.number(i + 1)}. ${markdownText(activity.name)}`,
      '',
    );
    out.push(fields(activityRows(activity, w)), '');
    if (isNotStated(activity.categories)) {
      out.push(
        `${markdownText(t['field.categories'])}: ${markdownText(gapText(activity.categories, w))}`,
        '',
      );
    } else {
      for (const category of activity.categories) {
        yield* out.splice(0);
        out.push(`#### ${markdownText(t['record.categoryHeading'](category.name))}`, '');
        out.push(fields(categoryRows(category, w)), '');
      }
    }
  }
  if (record.categories_without_purpose.length > 0) {
    out.push(`## ${markdownText(t['record.withoutPurpose'])}`, '');
    out.push(
      table(
        [t['field.category'], t['field.purpose']],
        record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap, w)]),
      ),
      '',
    );
  }
  const f = record.findings;
  out.push(`## ${markdownText(t['record.findings'])}`, '');
  out.push(
    `${markdownText(t['record.findingsCount'](w.number(f.errors), w.number(f.warnings), w.number(f.notes), f.waived ? w.number(f.waived) : undefined))} ${ruleText(t['record.lintHint']).markdown}`,
    '',
  );
  if (f.by_rule.length > 0) {
    out.push(
      table(
        [t['col.rule'], t['col.severity'], t['col.count'], t['col.source'], t['col.flags']],
        f.by_rule.map((r) => [
          r.rule,
          keyWord(w, 'severity.', r.severity),
          w.number(r.count),
          r.source ?? '',
          ruleText(r.description ?? ''),
        ]),
      ),
      '',
    );
  }
  yield* out;
}

export function sheetMarkdown(sheet: Sheet, title: string): string {
  return `# ${markdownText(title)}\n\n${table(
    sheet.columns.map((c) => c.header),
    [...sheet.rows],
  )}\n`;
}
