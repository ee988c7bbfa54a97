// Pieces the explorer's pages share: sections, tables, lists of links, findings, transfers.
import { displayPath, type RenderContext } from '../context.js';
import { cell } from '../report/html.js';
import { countryText, keyWord, statedText, transferToolText } from '../report/describe.js';
import { escapeHtml } from '../report/html-escape.js';
import type { RecipientEntry } from '../../views/record.js';
import type { Named } from '../../views/retention.js';
import type { Words } from '../../views/words/index.js';
import type { Entities, Finding, CategoryItem, TransferRow } from './entities.js';
import { entityLink, link, type Place } from './layout.js';
import { fill, type EntityKind, type SiteWords } from './words/index.js';

export interface PageContext {
  readonly words: SiteWords;
  /** The record's own words, in the same language. */
  readonly terms: Words;
  readonly entities: Entities;
  readonly render: RenderContext;
}

export const h = escapeHtml;

export function linkList(place: Place, kind: EntityKind, list: readonly Named[], words: SiteWords): string {
  if (list.length === 0) return `<p>${h(words.none)}</p>`;
  return `<ul class="links">${list.map((n) => `<li>${entityLink(place, kind, n)}</li>`).join('')}</ul>`;
}

export const inline = (place: Place, kind: EntityKind, list: readonly Named[]): string =>
  list.map((n) => entityLink(place, kind, n)).join(', ');

/** A list's cell links at most this many entities, then says how many more the entity's page names. */
const IN_A_CELL = 8;

export function brief(place: Place, kind: EntityKind, list: readonly Named[], words: SiteWords): string {
  if (list.length <= IN_A_CELL) return inline(place, kind, list);
  return `${inline(place, kind, list.slice(0, IN_A_CELL))} ${h(fill(words.moreResults, { count: list.length - IN_A_CELL }))}`;
}

export function section(id: string, title: string, body: string): string {
  return sectionLines(id, title, [body]).join('\n');
}

/** A section as lines, its body's lines between its heading and its end: a long one is written in pieces. */
export function sectionLines(id: string, title: string, body: readonly string[]): string[] {
  return [`<section aria-labelledby="${id}"><h2 id="${id}">${h(title)}</h2>`, ...body, '</section>'];
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return tableLines(headers, rows).join('\n');
}

/** A table as lines, a row to a line (a line left empty when there is no row). */
export function tableLines(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const head = headers.map((x) => `<th scope="col">${h(x)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`);
  return [
    `<table><thead><tr>${head}</tr></thead><tbody>`,
    ...(body.length > 0 ? body : ['']),
    '</tbody></table>',
  ];
}

export function heading(name: string, id: string, kind: string): string {
  return `<p class="kind">${h(kind)}</p>\n<h1>${h(name)} <span class="id">${h(id)}</span></h1>`;
}

/** A finding's severity as a reader sees it, with its waiver. */
export function severityText(finding: Finding, ctx: PageContext): string {
  const severity = keyWord(ctx.terms, 'severity.', finding.severity);
  return finding.waived ? `${severity} (${ctx.words.waived})` : severity;
}

export function findingsTable(place: Place, findings: readonly Finding[], ctx: PageContext): string {
  const c = ctx.words.column;
  return table(
    [c.rule, c.severity, c.where, c.message],
    findings.map((f) => [
      `<code>${h(f.rule)}</code>`,
      `<span class="severity ${f.waived ? 'waived' : h(f.severity)}">${h(severityText(f, ctx))}</span>`,
      link(
        place,
        `findings.html#finding-${f.index}`,
        h(`${displayPath(ctx.render, f.file)}:${f.line}:${f.column}`),
      ),
      cell(f.message, ctx.terms),
    ]),
  );
}

export function findingsHere(place: Place, kind: EntityKind, id: string, ctx: PageContext): string {
  const found = ctx.entities.findingsOf(kind, id);
  return section(
    'findings-here',
    ctx.words.findingsHere,
    found.length > 0 ? findingsTable(place, found, ctx) : `<p>${h(ctx.words.noFindingsHere)}</p>`,
  );
}

export const countriesText = (entry: RecipientEntry | undefined, terms: Words): string =>
  entry === undefined ? '' : statedText(entry.countries, (list) => list.map(countryText).join(', '), terms);

/** A recipient's role in the record's words, or its gap. */
export const roleText = (entry: RecipientEntry, terms: Words): string =>
  statedText(entry.role, (role) => keyWord(terms, 'role.', role), terms);

export const toolText = (tool: TransferRow['tool'], terms: Words): string =>
  tool === undefined ? '' : transferToolText(tool, terms);

export function uniqueNamed(list: readonly Named[]): Named[] {
  const seen = new Map<string, Named>();
  for (const n of list) if (!seen.has(n.id)) seen.set(n.id, { id: n.id, name: n.name });
  return [...seen.values()];
}

/** Recipient, country, EEA, tool, activities. */
export function transferCells(place: Place, t: TransferRow, ctx: PageContext): string[] {
  const w = ctx.words;
  return [
    entityLink(place, 'recipient', t.recipient),
    t.country ? h(countryText(t.country)) : h(w.notStated),
    h(t.eea === 'inside' ? w.inside : t.eea === 'outside' ? w.outside : w.noCountry),
    cell(toolText(t.tool, ctx.terms), ctx.terms),
    brief(place, 'activity', t.activities, w),
  ];
}

export const isSpecial = (c: CategoryItem) => c.uses.some((u) => u.entry.special.length > 0);
export const isCriminal = (c: CategoryItem) => c.uses.some((u) => u.entry.criminal);
