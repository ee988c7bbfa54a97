import type { RuleId } from '../rules/index.js';
import { ENGLISH, type Words } from './words/index.js';

/**
 * A value the law asks for that the inventory does not give. The record keeps the gap in place, with the
 * lint rule that flags it, rather than leaving a blank that reads as "nothing to declare". The rule is
 * set only where lint, under the same configuration, reports the gap (see gaps.ts); a waived finding
 * carries its waiver.
 */
export interface NotStated {
  readonly not_stated: true;
  /** The rule that reports this gap (an id from `ropa rules`), when lint reports it. */
  readonly rule?: string;
  /** Set when a waiver accepts the finding: the gap is known and accepted. */
  readonly waived?: { readonly reason?: string; readonly until?: string; readonly approved_by?: string };
}

/** A value the law does not ask for in this case, with why ("fewer than 2 WP248 criteria"). */
export interface NotRequired {
  readonly not_required: true;
  readonly reason: string;
}

export type Stated<T> = T | NotStated;

export function notStated(rule?: RuleId): NotStated {
  return rule === undefined ? { not_stated: true } : { not_stated: true, rule };
}

export function isNotStated<T>(value: Stated<T> | NotRequired): value is NotStated {
  return typeof value === 'object' && value !== null && (value as NotStated).not_stated === true;
}

export function isNotRequired(value: unknown): value is NotRequired {
  return typeof value === 'object' && value !== null && (value as NotRequired).not_required === true;
}

export const notRequired = (reason: string): NotRequired => ({ not_required: true, reason });

/**
 * The marker a reader sees where the inventory is silent: "not stated [rule-id]" where lint reports the
 * gap, "not stated [rule-id, waived: reason]" where a waiver accepts it, plain "not stated" where no
 * enabled rule asks for the value.
 */
export function gapText(gap: NotStated, w: Words = ENGLISH): string {
  return `${w.t['gap.notStated']}${ruleMark(gap, w)}`;
}

/** What follows a gap's words: " [rule-id]", " [rule-id, waived: reason]", or nothing when unmarked. */
export function ruleMark(gap: NotStated, w: Words = ENGLISH): string {
  if (!gap.rule) return '';
  if (!gap.waived) return ` [${gap.rule}]`;
  return ` [${gap.rule}, ${w.t['gap.waived']}${gap.waived.reason ? `: ${gap.waived.reason}` : ''}]`;
}

/**
 * The gap markers as a pattern, in the words of `w`: `lead` (the words before the mark, "not stated" by
 * default) then " [rule-id]" or " [rule-id, waived: reason]", captured as (words)(rule)(, waived...); with
 * `bare`, the words alone match too. The renderers use it to make the markers stand out; `shown` is how
 * the output writes the words (escaped for HTML). Made once per language and use.
 */
export function gapPattern(
  w: Words,
  {
    lead = [w.t['gap.notStated']],
    shown = (text) => text,
    bare = false,
  }: { lead?: readonly string[]; shown?: (text: string) => string; bare?: boolean } = {},
): RegExp {
  const key = [w.language, ...lead, shown('&'), bare].join('\0');
  let pattern = patterns.get(key);
  if (!pattern) {
    const literal = (text: string) => shown(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const mark = `\\[([a-z0-9-]+)(, ${literal(w.t['gap.waived'])}[^\\]]*)?\\]`;
    pattern = new RegExp(`(${lead.map(literal).join('|')})${bare ? `(?: ${mark})?` : ` ${mark}`}`, 'g');
    patterns.set(key, pattern);
  }
  return pattern;
}

const patterns = new Map<string, RegExp>();

/** "not required (fewer than 2 WP248 criteria)". */
export const notRequiredText = (value: NotRequired, w: Words = ENGLISH): string =>
  w.t['gap.notRequired'](value.reason);
