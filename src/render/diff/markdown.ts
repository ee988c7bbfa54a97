import type { FindingChange, InventoryDiff } from '../../views/diff.js';
import { displayPath, type RenderContext } from '../context.js';
import type { DiffContext } from './context.js';
import {
  byEntity,
  describeChange,
  describeRisk,
  describeSubprocessor,
  entityLabel,
  summaryLine,
} from './describe.js';

/**
 * The diff as a pull-request comment (GitHub-flavoured Markdown): a heading and one summary line, then
 * the changes and the findings each folded in a <details> block, so a long diff stays a short comment.
 */
export function* markdown(diff: InventoryDiff, context: DiffContext): Generator<string> {
  for (const line of lines(diff, context)) yield `${line}\n`;
}

function* lines(diff: InventoryDiff, context: DiffContext): Generator<string> {
  yield `### ropa diff ${code(context.base.label)} → ${code(context.head.label)}`;
  yield '';
  yield `${summaryLine(diff)}.`;
  // Risk first and open, so that a reviewer sees it before the folded field-by-field list
  if (diff.risk.length) {
    yield* ['', `#### Risk (${diff.risk.length})`, ''];
    for (const risk of diff.risk) yield `- ${describeRisk(risk, code)}`;
  }
  if (diff.changes.length) {
    yield* ['', '<details>', `<summary>Changes (${diff.changes.length})</summary>`, ''];
    for (const group of byEntity(diff.changes)) {
      yield `- **${entityLabel(group[0]!, code)}**`;
      for (const change of group) {
        const line = describeChange(change, { quote: code, plain: escapeText });
        // the sign as a code span: a bare "+" or "-" would start a nested list
        yield `  - ${code(line.slice(0, 1))} ${line.slice(2)}`;
      }
    }
    yield* ['', '</details>'];
  }
  if (diff.subprocessors.length) {
    yield* ['', `#### Processors and sub-processors (Art 28(2)) (${diff.subprocessors.length})`, ''];
    for (const change of diff.subprocessors) {
      const line = describeSubprocessor(change, code);
      yield `- ${code(line.slice(0, 1))} ${line.slice(2)}`;
    }
  }
  if (diff.findings.added.length) yield* findingsBlock('New findings', diff.findings.added, context.head);
  if (diff.findings.removed.length)
    yield* findingsBlock('Resolved findings', diff.findings.removed, context.base);
}

function* findingsBlock(
  title: string,
  findings: readonly FindingChange[],
  context: RenderContext,
): Generator<string> {
  yield* [
    '',
    '<details>',
    `<summary>${title} (${findings.length})</summary>`,
    '',
    '| severity | rule | where | message |',
    '| --- | --- | --- | --- |',
  ];
  for (const { diagnostic: d } of findings) {
    yield [
      '',
      d.severity + (d.waived ? ' (waived)' : ''),
      cell(code(d.rule)),
      cell(code(`${displayPath(context, d.file)}:${d.line}:${d.column}`)),
      cell(escapeText(d.message)),
      '',
    ]
      .join(' | ')
      .trim();
  }
  yield* ['', '</details>'];
}

/** A code span that survives backticks in the value. */
function code(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value.replace(/\r?\n/g, ' ')}${pad}${fence}`;
}

/** Text that Markdown must show as written: no emphasis, links, HTML or headings out of names and messages. */
function escapeText(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>#|~!&]/g, (c) => `\\${c}`);
}

/** A table cell: a pipe ends a cell even inside a code span, so it is always escaped. */
function cell(value: string): string {
  return value.replace(/(?<!\\)\|/g, '\\|');
}
