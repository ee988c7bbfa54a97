// The record as GitHub-flavoured Markdown: headings per activity, two-column tables, values escaped.
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { activityRows, asOfText, processorRows, categoryRows, controllerRows, gapText } from './describe.js';
import { markdownText } from '../markdown.js';
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

export function recordMarkdown(record: ProcessingRecord): string {
  const out: string[] = ['# Record of processing activities (GDPR Art 30)', '', asOfText(record), ''];
  out.push('## Controller', '');
  out.push(
    table(
      ['Field', 'Value'],
      isNotStated(record.controller)
        ? [['Controller', gapText(record.controller)]]
        : controllerRows(record.controller),
    ),
    '',
  );
  if (record.processor) {
    out.push('## Processing on behalf of controllers (Art 30(2))', '');
    out.push(table(['Field', 'Value'], processorRows(record.processor)), '');
  }
  out.push('## Processing activities', '');
  for (const activity of record.activities)
    out.push(`- [${markdownText(activity.name)}](#${anchor(activity.id)})`);
  out.push('');
  record.activities.forEach((activity, i) => {
    out.push(`<a id="${anchor(activity.id)}"></a>`, '', `### ${i + 1}. ${markdownText(activity.name)}`, '');
    out.push(table(['Field', 'Value'], activityRows(activity)), '');
    if (isNotStated(activity.categories)) {
      out.push(`Data categories: ${markdownText(gapText(activity.categories))}`, '');
    } else {
      for (const category of activity.categories) {
        out.push(`#### Data category: ${markdownText(category.name)}`, '');
        out.push(table(['Field', 'Value'], categoryRows(category)), '');
      }
    }
  });
  if (record.categories_without_purpose.length > 0) {
    out.push('## Data categories without a purpose', '');
    out.push(
      table(
        ['Data category', 'Purpose'],
        record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap)]),
      ),
      '',
    );
  }
  const f = record.findings;
  out.push('## Findings', '');
  out.push(
    `${f.errors} errors, ${f.warnings} warnings, ${f.notes} notes${f.waived ? `, ${f.waived} waived` : ''}. Run \`ropa lint\` for each finding's file, line and column.`,
    '',
  );
  if (f.by_rule.length > 0) {
    out.push(
      table(
        ['Rule', 'Severity', 'Count', 'Source', 'What it flags'],
        f.by_rule.map((r) => [r.rule, r.severity, r.count, r.source ?? '', ruleText(r.description ?? '')]),
      ),
      '',
    );
  }
  return out.join('\n');
}

export function sheetMarkdown(sheet: Sheet, title: string): string {
  return `# ${title}\n\n${table(
    sheet.columns.map((c) => c.header),
    sheet.rows,
  )}\n`;
}
