// The record as one self-contained HTML page: inline CSS, no script, no external asset; a contents list,
// a page break before each activity when printed, and the data flows drawn as inline SVG.
import { COLUMN_LIMIT, flowPicture, groupLabel, type Grouped } from '../../views/flow-picture.js';
import type { FlowGraph } from '../../views/graph.js';
import type { ProcessingRecord } from '../../views/record.js';
import { isNotStated } from '../../views/stated.js';
import { displayPath, type RenderContext } from '../context.js';
import { activityRows, asOfText, processorRows, categoryRows, controllerRows, gapText } from './describe.js';
import { flowSvg } from './flow-svg.js';
import { escapeHtml } from './html-escape.js';
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
svg.flows { max-width: 100%; height: auto; }
svg.flows rect.lane { fill-opacity: .15; }
svg.flows text { font: 11px system-ui, sans-serif; fill: #18181b; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
svg.flows text.heading { font-weight: 700; font-size: 12px; }
svg.flows .link { fill: none; stroke-opacity: .35; }
svg.flows .link.subject { stroke: #2563eb; } svg.flows .link.category { stroke: #059669; } svg.flows .link.purpose { stroke: #d97706; }
svg.flows .node.subject rect { fill: #2563eb; } svg.flows .node.category rect { fill: #059669; }
svg.flows .node.purpose rect { fill: #d97706; } svg.flows .node.recipient rect { fill: #7c3aed; }
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
export function cell(text: string): string {
  return escapeHtml(text).replace(
    /(not stated|no upper limit) \[([a-z0-9-]+)(, waived[^\]]*)?\]/g,
    (_all, words: string, rule: string, waived: string | undefined) =>
      waived
        ? `<span class="gap waived">${words} <code>[${rule}]</code>${waived}</span>`
        : `<span class="gap">${words} <code>[${rule}]</code></span>`,
  );
}

export function fieldTable(rows: readonly (readonly [string, string])[]): string {
  const body = rows.map(
    ([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${cell(value)}</td></tr>`,
  );
  return `<table class="fields"><tbody>\n${body.join('\n')}\n</tbody></table>`;
}

/** Rule texts (descriptions, messages) write field names as `code`: shown as code, not as backticks. */
function ruleText(text: string): string {
  return cell(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function gridTable(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  show: (text: string) => string = cell,
): string {
  const head = `<thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`;
  const body = rows.map((row) => `<tr>${row.map((c) => `<td>${show(String(c))}</td>`).join('')}</tr>`);
  return `<table>${head}<tbody>\n${body.join('\n')}\n</tbody></table>`;
}

export function page(title: string, body: string[], context: RenderContext): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="ropa ${escapeHtml(context.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Says which columns of the flow picture are summarised, and how; nothing when none is. */
function groupedCaption(grouped: readonly Grouped[]): string {
  if (grouped.length === 0) return '';
  const labels = grouped.map(groupLabel);
  const groups = labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)!}`;
  return ` A column of more than ${COLUMN_LIMIT} shows the ${COLUMN_LIMIT - 1} with the most links and groups the rest: ${escapeHtml(groups)}.`;
}

export function recordHtml(record: ProcessingRecord, flows: FlowGraph, context: RenderContext): string {
  const controllerName = isNotStated(record.controller) ? undefined : record.controller.name;
  const title = `Record of processing activities${controllerName ? ` — ${controllerName}` : ''}`;
  // A short <title> (validators want at most 70 characters): the heading carries the controller's name
  const picture = flowPicture(flows);
  const svg = flowSvg(picture.graph);
  const body: string[] = [];
  body.push(
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="meta">GDPR Article 30 record, produced by ropa ${escapeHtml(context.version)} from the inventory.</p>`,
    `<p class="as-of">${escapeHtml(asOfText(record))}</p>`,
    '</header>',
  );
  const contents = [
    '<li><a href="#controller">Controller</a></li>',
    ...(record.processor ? ['<li><a href="#processor">Processing on behalf of controllers</a></li>'] : []),
    ...(svg ? ['<li><a href="#flows">Data flows</a></li>'] : []),
    '<li><a href="#activities">Processing activities</a><ol>',
    ...record.activities.map(
      (a) => `<li><a href="#activity-${escapeHtml(a.id)}">${escapeHtml(a.name)}</a></li>`,
    ),
    '</ol></li>',
    ...(record.categories_without_purpose.length > 0
      ? ['<li><a href="#without-purpose">Data categories without a purpose</a></li>']
      : []),
    '<li><a href="#findings">Findings</a></li>',
  ];
  body.push('<nav aria-label="Contents">', '<h2>Contents</h2>', '<ol>', ...contents, '</ol>', '</nav>');
  body.push(
    '<section id="controller">',
    '<h2>Controller</h2>',
    fieldTable(
      isNotStated(record.controller)
        ? [['Controller', gapText(record.controller)]]
        : controllerRows(record.controller),
    ),
    '</section>',
  );
  if (record.processor) {
    const p = record.processor;
    body.push(
      '<section id="processor">',
      '<h2>Processing on behalf of controllers (Art 30(2))</h2>',
      fieldTable(processorRows(p)),
      '</section>',
    );
  }
  if (svg) {
    body.push(
      '<section id="flows">',
      '<h2>Data flows</h2>',
      `<p class="meta">Whose data (left), in which categories, for which purposes, to which recipients (right).${groupedCaption(picture.grouped)}</p>`,
      svg,
      '</section>',
    );
  }
  body.push('<div id="activities"></div>');
  record.activities.forEach((activity, i) => {
    body.push(
      `<section class="activity" id="activity-${escapeHtml(activity.id)}">`,
      `<h2>${i + 1}. ${escapeHtml(activity.name)} <span class="id">${escapeHtml(activity.id)}</span></h2>`,
      fieldTable(activityRows(activity)),
    );
    if (isNotStated(activity.categories)) {
      body.push(`<p>Data categories: ${cell(gapText(activity.categories))}</p>`);
    } else {
      for (const category of activity.categories) {
        body.push(
          `<h3>Data category: ${escapeHtml(category.name)} <span class="id">${escapeHtml(category.id)}</span></h3>`,
          fieldTable(categoryRows(category)),
        );
      }
    }
    body.push('</section>');
  });
  if (record.categories_without_purpose.length > 0) {
    body.push(
      '<section id="without-purpose">',
      '<h2>Data categories without a purpose</h2>',
      gridTable(
        ['Data category', 'Purpose'],
        record.categories_without_purpose.map((c) => [c.category.name, gapText(c.gap)]),
      ),
      '</section>',
    );
  }
  const f = record.findings;
  body.push(
    '<section id="findings">',
    '<h2>Findings</h2>',
    `<p>${f.errors} errors, ${f.warnings} warnings, ${f.notes} notes${f.waived ? `, ${f.waived} waived` : ''}.</p>`,
  );
  if (f.by_rule.length > 0) {
    body.push(
      gridTable(
        ['Rule', 'Severity', 'Count', 'Source', 'What it flags'],
        f.by_rule.map((r) => [r.rule, r.severity, r.count, r.source ?? '', r.description ?? '']),
        ruleText,
      ),
      '<h3>Every finding</h3>',
      gridTable(
        ['Rule', 'Severity', 'Where', 'Message'],
        f.diagnostics.map((d) => [
          d.rule,
          d.waived ? `${d.severity} (waived)` : d.severity,
          `${displayPath(context, d.file)}:${d.line}:${d.column}`,
          d.message,
        ]),
        ruleText,
      ),
    );
  }
  body.push('</section>');
  return page('Record of processing activities', body, context);
}

export function sheetHtml(sheet: Sheet, title: string, context: RenderContext): string {
  return page(
    title,
    [
      `<h1>${escapeHtml(title)}</h1>`,
      gridTable(
        sheet.columns.map((c) => c.header),
        sheet.rows,
      ),
    ],
    context,
  );
}
