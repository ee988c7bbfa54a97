// The record as one self-contained HTML page: inline CSS, no script, no external asset; a contents list,
// a page break before each activity when printed, and the data flows drawn as inline SVG.
import { COLUMN_LIMIT, flowPicture, groupLabel, type Grouped } from '../../views/flow-picture.js';
import type { FlowGraph } from '../../views/graph.js';
import type { ProcessingRecord } from '../../views/record.js';
import { gapPattern, isNotStated } from '../../views/stated.js';
import { ENGLISH, type Language, type Words } from '../../views/words/index.js';
import { displayPath, wordsOf, type RenderContext } from '../context.js';
import {
  activityRows,
  asOfText,
  processorRows,
  categoryRows,
  controllerRows,
  gapText,
  keyWord,
} from './describe.js';
import { FLOW_CSS, flowSvg } from './flow-svg.js';
import { escapeHtml } from './html-escape.js';
import { joinedLines } from '../rendered.js';
import { numbered } from '../../iterables.js';
import type { Sheet } from './sheets.js';

const STYLE = `
:root { color-scheme: light; --gap: #9a3412; --line: #d4d4d8; --muted: #52525b; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #18181b; max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #18181b; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
.meta, .id { color: var(--muted); font-size: .85rem; font-weight: normal; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f5; }
table.fields th { width: 14rem; }
.gap { color: var(--gap); font-weight: 600; }
.gap code { font-weight: normal; }
.gap.waived { color: var(--muted); font-weight: normal; }
nav ol { padding-left: 1.4rem; }
${FLOW_CSS}
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  section.activity { break-before: page; }
  #flows { break-before: page; }
  tr, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}`;

/**
 * Escapes a value and marks its gaps: "not stated [rule-id]" stands out as a finding, a waived one is
 * shown muted with its waiver, and a plain "not stated" (no rule asks for the value) is left as text.
 */
export function cell(text: string, w: Words = ENGLISH): string {
  return escapeHtml(text).replace(
    gapsOf(w),
    (_all, words: string, rule: string, waived: string | undefined) =>
      waived
        ? `<span class="gap waived">${words} <code>[${rule}]</code>${waived}</span>`
        : `<span class="gap">${words} <code>[${rule}]</code></span>`,
  );
}

const gaps = new WeakMap<Words, RegExp>();

/**
 * The gap markers of a cell ("not stated [rule]", "no upper limit [rule]") in the words of `w`, asked of
 * gapPattern once per language rather than once per cell of a record of 30,000 categories.
 */
function gapsOf(w: Words): RegExp {
  let pattern = gaps.get(w);
  if (!pattern) {
    pattern = gapPattern(w, {
      lead: [w.t['gap.notStated'], w.t['retention.noUpperLimit']],
      shown: escapeHtml,
    });
    gaps.set(w, pattern);
  }
  return pattern;
}

export function fieldTable(rows: readonly (readonly [string, string])[], w: Words = ENGLISH): string {
  const body = rows.map(
    ([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${cell(value, w)}</td></tr>`,
  );
  return `<table class="fields"><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/**
 * Rule texts (descriptions, messages) write field names as `code`: shown as code, not as backticks. They
 * stay English in every language, as lint's messages do.
 */
function ruleText(w: Words): (text: string) => string {
  return (text) => cell(text, w).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function gridTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  show: (text: string) => string = (text) => cell(text),
): string {
  return [...gridTableLines(header, rows, show)].join('\n');
}

/** The same table a line at a time (a row a line), its rows read as they are written. */
export function* gridTableLines(
  header: readonly string[],
  rows: Iterable<readonly (string | number)[]>,
  show: (text: string) => string = (text) => cell(text),
): Generator<string> {
  yield `<table><thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>`;
  let empty = true;
  for (const row of rows) {
    yield `<tr>${row.map((c) => `<td>${show(String(c))}</td>`).join('')}</tr>`;
    empty = false;
  }
  // an empty body is an empty line, as a join of no rows between two line breaks
  if (empty) yield '';
  yield '</tbody></table>';
}

/** A whole page; `language` is the one its words are in (a page in English for a renderer without words). */
export function page(
  title: string,
  body: Iterable<string>,
  context: RenderContext,
  language: Language = 'en',
): string {
  return [...pagePieces(title, body, context, language)].join('');
}

/** The same page in pieces, its body's lines as they come. */
export function pagePieces(
  title: string,
  body: Iterable<string>,
  context: RenderContext,
  language: Language = 'en',
): Iterable<string> {
  return joinedLines(pageLines(title, body, context, language));
}

/** The page's lines, its body's as they come. */
function* pageLines(
  title: string,
  body: Iterable<string>,
  context: RenderContext,
  language: Language,
): Generator<string> {
  yield* [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="ropa ${escapeHtml(context.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
  ];
  yield* body;
  yield* ['</body>', '</html>', ''];
}

/** Says which columns of the flow picture are summarised, and how; nothing when none is. */
function groupedCaption(grouped: readonly Grouped[], w: Words): string {
  if (grouped.length === 0) return '';
  const labels = grouped.map((group) => groupLabel(group, w));
  const groups =
    labels.length === 1
      ? labels[0]!
      : `${labels.slice(0, -1).join(', ')} ${w.t['record.and']} ${labels.at(-1)!}`;
  return escapeHtml(w.t['record.flowsGrouped'](w.number(COLUMN_LIMIT), w.number(COLUMN_LIMIT - 1), groups));
}

/** The record as one page, whole. */
export function recordHtml(record: ProcessingRecord, flows: FlowGraph, context: RenderContext): string {
  return [...recordHtmlLines(record, flows, context)].join('\n');
}

/** The same page in pieces, a category at a time, so that a large record is written as it is made. */
export function recordHtmlPieces(
  record: ProcessingRecord,
  flows: FlowGraph,
  context: RenderContext,
): Iterable<string> {
  return joinedLines(recordHtmlLines(record, flows, context));
}

function recordHtmlLines(
  record: ProcessingRecord,
  flows: FlowGraph,
  context: RenderContext,
): Iterable<string> {
  const w = wordsOf(context);
  return pageLines(w.t['record.title'], recordBody(record, flows, context), context, w.language);
}

/** The page's body, given out a category at a time. */
function* recordBody(record: ProcessingRecord, flows: FlowGraph, context: RenderContext): Generator<string> {
  const w = wordsOf(context);
  const { t } = w;
  const show = (text: string) => cell(text, w);
  const fields = (rows: readonly (readonly [string, string])[]) => fieldTable(rows, w);
  const controllerName = isNotStated(record.controller) ? undefined : record.controller.name;
  const title = t['record.heading'](controllerName);
  // A short <title> (validators want at most 70 characters): the heading carries the controller's name
  const picture = flowPicture(flows, COLUMN_LIMIT, w);
  const svg = flowSvg(picture.graph, w);
  const body: string[] = [];
  body.push(
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">${escapeHtml(t['record.generator'](context.version))}</p>`,
    `<p class="as-of">${escapeHtml(asOfText(record, w))}</p>`,
    '</header>',
  );
  const item = (id: string, text: string) => `<li><a href="#${id}">${escapeHtml(text)}</a></li>`;
  const contents = [
    item('controller', t['record.controller']),
    ...(record.processor ? [item('processor', t['record.processor'])] : []),
    ...(svg ? [item('flows', t['record.flows'])] : []),
    `<li><a href="#activities">${escapeHtml(t['record.activities'])}</a><ol>`,
    ...record.activities.names.map(
      (a) => `<li><a href="#activity-${escapeHtml(a.id)}">${escapeHtml(a.name)}</a></li>`,
    ),
    '</ol></li>',
    ...(record.categories_without_purpose.length > 0
      ? [item('without-purpose', t['record.withoutPurpose'])]
      : []),
    item('findings', t['record.findings']),
  ];
  body.push(
    `<nav aria-label="${escapeHtml(t['record.contents'])}">`,
    `<h2>${escapeHtml(t['record.contents'])}</h2>`,
    '<ol>',
  );
  // a loop, not push(...contents): a spread of 100,000+ activities overflows the call stack
  for (const line of contents) body.push(line);
  body.push('</ol>', '</nav>');
  body.push(
    '<section id="controller">',
    `<h2>${escapeHtml(t['record.controller'])}</h2>`,
    fields(
      isNotStated(record.controller)
        ? [[t['field.controller'], gapText(record.controller, w)]]
        : controllerRows(record.controller, w),
    ),
    '</section>',
  );
  if (record.processor) {
    body.push(
      '<section id="processor">',
      `<h2>${escapeHtml(t['record.processorArt'])}</h2>`,
      fields(processorRows(record.processor, w)),
      '</section>',
    );
  }
  if (svg) {
    body.push(
      '<section id="flows">',
      `<h2>${escapeHtml(t['record.flows'])}</h2>`,
      `<p class="meta">${escapeHtml(t['record.flowsCaption'])}${groupedCaption(picture.grouped, w)}</p>`,
      svg,
      '</section>',
    );
  }
  body.push('<div id="activities"></div>');
  for (const [i, activity] of numbered(record.activities)) {
    yield* body.splice(0);
    body.push(
      `<section class="activity" id="activity-${escapeHtml(activity.id)}">`,
      `<h2>${w.number(i + 1)}. ${escapeHtml(activity.name)} <span class="id">${escapeHtml(activity.id)}</span></h2>`,
      fields(activityRows(activity, w)),
    );
    if (isNotStated(activity.categories)) {
      body.push(`<p>${escapeHtml(t['field.categories'])}: ${show(gapText(activity.categories, w))}</p>`);
    } else {
      for (const category of activity.categories) {
        yield* body.splice(0);
        body.push(
          `<h3>${escapeHtml(t['record.categoryHeading'](category.name))} <span class="id">${escapeHtml(category.id)}</span></h3>`,
          fields(categoryRows(category, w)),
        );
      }
    }
    body.push('</section>');
  }
  if (record.categories_without_purpose.length > 0) {
    body.push(
      '<section id="without-purpose">',
      `<h2>${escapeHtml(t['record.withoutPurpose'])}</h2>`,
      gridTable(
        [t['field.category'], t['field.purpose']],
        record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap, w)]),
        show,
      ),
      '</section>',
    );
  }
  const f = record.findings;
  const severity = (key: string) => keyWord(w, 'severity.', key);
  body.push(
    '<section id="findings">',
    `<h2>${escapeHtml(t['record.findings'])}</h2>`,
    `<p>${escapeHtml(t['record.findingsCount'](w.number(f.errors), w.number(f.warnings), w.number(f.notes), f.waived ? w.number(f.waived) : undefined))}</p>`,
  );
  if (f.by_rule.length > 0) {
    const rule = ruleText(w);
    body.push(
      gridTable(
        [t['col.rule'], t['col.severity'], t['col.count'], t['col.source'], t['col.flags']],
        f.by_rule.map((r) => [
          r.rule,
          severity(r.severity),
          w.number(r.count),
          r.source ?? '',
          r.description ?? '',
        ]),
        rule,
      ),
      `<h3>${escapeHtml(t['record.everyFinding'])}</h3>`,
      gridTable(
        [t['col.rule'], t['col.severity'], t['col.where'], t['col.message']],
        f.diagnostics.map((d) => [
          d.rule,
          d.waived ? t['severity.waived'](severity(d.severity)) : severity(d.severity),
          `${displayPath(context, d.file)}:${d.line}:${d.column}`,
          d.message,
        ]),
        rule,
      ),
    );
  }
  body.push('</section>');
  yield* body;
}

export function sheetHtml(sheet: Sheet, title: string, context: RenderContext): string {
  const w = wordsOf(context);
  return page(
    title,
    [
      `<h1>${escapeHtml(title)}</h1>`,
      gridTable(
        sheet.columns.map((c) => c.header),
        [...sheet.rows],
        (text) => cell(text, w),
      ),
    ],
    context,
    w.language,
  );
}
