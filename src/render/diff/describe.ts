// Plain sentences for changes and findings, shared by the text and markdown formats. `quote` marks a value
// as the format wants it (double quotes in text, code spans in markdown).

import type { Diagnostic } from '../../inventory/diagnostic.js';
import type { Severity } from '../../inventory/model.js';
import type { Change, FindingChange, InventoryDiff, RetentionScope } from '../../views/diff.js';
import type { Risk, SubprocessorChange } from '../../views/diff-risk.js';
import { durationText } from '../../views/duration.js';
import { countryName } from '../../reference/transfers.js';
import { displayPath, type RenderContext } from '../context.js';
import { plural } from '../lint/summary.js';

export type Quote = (value: string) => string;

/** How a format marks values (`quote`) and shows free text that comes from the inventory (`plain`). */
export interface Style {
  readonly quote: Quote;
  readonly plain: Quote;
}

/** The entity a change belongs to, e.g. `category contact` or `organization`. */
export function entityLabel(change: { kind: string; id?: string }, quote: Quote): string {
  return change.id === undefined ? change.kind : `${change.kind} ${quote(change.id)}`;
}

/** One line for a change, without its entity: a sign (+ added, - removed, ~ changed) and a sentence. */
export function describeChange(change: Change, style: Style): string {
  const { quote } = style;
  const field = 'field' in change ? style.plain(change.field) : '';
  const list = (items: readonly string[]) => items.map(quote).join(', ');
  switch (change.type) {
    case 'added':
      return `+ added: ${quote(change.name)}`;
    case 'removed':
      return `- removed: ${quote(change.name)}`;
    case 'changed':
      return `~ ${field}: ${value(change.before, quote)} -> ${value(change.after, quote)}`;
    case 'item-added':
      return `+ ${field}: ${quote(change.item)}`;
    case 'item-removed':
      return `- ${field}: ${quote(change.item)}`;
    case 'special-added':
      return `+ special category of data (Art 9): ${quote(change.item)}`;
    case 'special-removed':
      return `- special category of data (Art 9): ${quote(change.item)}`;
    case 'flow-added':
      return `+ now disclosed to ${quote(change.recipient)}${change.data.length ? ` (${list(change.data)})` : ''}`;
    case 'flow-removed':
      return `- no longer disclosed to ${quote(change.recipient)}`;
    case 'flow-changed': {
      const parts = [
        ...(change.dataAdded.length ? [`now also receives ${list(change.dataAdded)}`] : []),
        ...(change.dataRemoved.length ? [`no longer receives ${list(change.dataRemoved)}`] : []),
      ];
      return `~ ${quote(change.recipient)} ${parts.join('; ')}`;
    }
    case 'retention-added':
      return `+ retention rule for ${scope(change.scope, quote)}: ${limit(change.duration)}`;
    case 'retention-removed':
      return `- retention rule for ${scope(change.scope, quote)}: ${limit(change.duration)}`;
    case 'retention-lengthened':
    case 'retention-shortened':
      return `~ retention for ${scope(change.scope, quote)} ${change.type === 'retention-lengthened' ? 'lengthened' : 'shortened'}: ${limit(change.before)} -> ${limit(change.after)}`;
    case 'retention-changed': {
      const words =
        change.field === 'duration' || change.field === 'minimum' ? limit : (v: unknown) => value(v, quote);
      return `~ retention for ${scope(change.scope, quote)}, ${field}: ${words(change.before)} -> ${words(change.after)}`;
    }
  }
}

/** A retention limit in the record's words: "90 days", "indefinite", "no limit" when there is none. */
function limit(v: unknown): string {
  return typeof v === 'string' ? durationText(v) : 'no limit';
}

/** One sentence for a risk the change brings, e.g. "health data of category "lab" now goes to ...". */
export function describeRisk(risk: Risk, quote: Quote): string {
  const countries = (codes: readonly string[]) =>
    codes.map((code) => `${countryName(code)} (${code})`).join(', ');
  switch (risk.type) {
    case 'sensitive-flow': {
      const what = risk.sensitive.map((k) => (k === 'criminal' ? 'criminal offence (Art 10)' : k)).join(', ');
      const where = risk.outside_eea.length ? `, outside the EEA in ${countries(risk.outside_eea)}` : '';
      return `special-category data (${what}) of category ${quote(risk.category)} now flows to ${quote(risk.recipient)}${where}`;
    }
    case 'outside-eea':
      return `recipient ${quote(risk.recipient)} now processes data outside the EEA: ${countries(risk.countries)}`;
    case 'retention-lengthened':
      return `retention of category ${quote(risk.category)} for ${scope(risk.scope, quote)} lengthened: ${limit(risk.before)} -> ${limit(risk.after)}`;
    case 'retention-removed':
      return `retention limit of category ${quote(risk.category)} for ${scope(risk.scope, quote)} removed (was ${limit(risk.before)})`;
    case 'lawful-basis-changed':
      return `lawful basis of purpose ${quote(risk.purpose)} changed: ${risk.before === null ? 'none' : quote(risk.before)} -> ${risk.after === null ? 'none' : quote(risk.after)}`;
    case 'new-processor':
      return `new ${risk.role} ${quote(risk.recipient)}: it needs an Art 28 contract, and the controllers it serves must be told`;
  }
}

/** One line for a processor or sub-processor change: "+ Mailer Inc (processor, US)". */
export function describeSubprocessor(change: SubprocessorChange, quote: Quote): string {
  const where = (codes: readonly string[]) => (codes.length ? codes.join(', ') : 'no country stated');
  switch (change.type) {
    case 'added':
      return `+ ${quote(change.name)} (${change.role}, ${where(change.countries_after)})`;
    case 'removed':
      return `- ${quote(change.name)} (${change.role}, ${where(change.countries_before)})`;
    case 'country-changed':
      return `~ ${quote(change.name)} (${change.role}): ${where(change.countries_before)} -> ${where(change.countries_after)}`;
  }
}

function value(v: unknown, quote: Quote): string {
  if (v === undefined || v === null) return '(none)';
  return quote(typeof v === 'string' ? v : JSON.stringify(v));
}

function scope(s: RetentionScope, quote: Quote): string {
  if (!s.subjects.length && !s.purposes.length) return 'all';
  return [
    ...(s.subjects.length ? [`subjects ${s.subjects.map(quote).join(', ')}`] : []),
    ...(s.purposes.length ? [`purposes ${s.purposes.map(quote).join(', ')}`] : []),
  ].join(', ');
}

/** Changes grouped by entity, in the diff's order. */
export function byEntity(changes: readonly Change[]): Change[][] {
  const groups: Change[][] = [];
  for (const change of changes) {
    const last = groups.at(-1)?.[0];
    if (last && last.kind === change.kind && last.id === change.id) groups.at(-1)!.push(change);
    else groups.push([change]);
  }
  return groups;
}

/** `file:line:col severity rule message`, the file shown as the side's context names it. */
export function describeFinding(finding: FindingChange, context: RenderContext): string {
  const d: Diagnostic = finding.diagnostic;
  const waived = d.waived ? ' (waived)' : '';
  return `${displayPath(context, d.file)}:${d.line}:${d.column} ${d.severity}${waived} ${d.rule}: ${d.message}`;
}

/** Counts of new findings by severity, waived ones apart. */
export function newCounts(diff: InventoryDiff): Record<Severity | 'waived', number> {
  const counts = { error: 0, warning: 0, note: 0, waived: 0 };
  for (const { diagnostic } of diff.findings.added)
    counts[diagnostic.waived ? 'waived' : diagnostic.severity]++;
  return counts;
}

/** "3 changes, 1 new finding (1 error), 2 resolved" */
export function summaryLine(diff: InventoryDiff): string {
  const counts = newCounts(diff);
  const detail = (['error', 'warning', 'note', 'waived'] as const)
    .filter((key) => counts[key] > 0)
    .map((key) => (key === 'waived' ? `${counts[key]} waived` : plural(counts[key], key)));
  const added = diff.findings.added.length;
  return `${plural(diff.changes.length, 'change')}, ${added} new finding${added === 1 ? '' : 's'}${
    detail.length ? ` (${detail.join(', ')})` : ''
  }, ${diff.findings.removed.length} resolved`;
}
