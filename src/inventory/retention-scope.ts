// Which retention rule of a category governs a subject and purpose. A rule narrowed to subjects or
// purposes overrides a wider one for what it names (the more specific rule wins); two equally specific
// rules that both cover a subject and purpose leave the period undetermined (retention-overlap).
import type { RetentionRule } from './model.js';

/** How many of the two scopes (subjects, purposes) a rule is narrowed to: 0, 1 or 2. */
export function specificity(rule: RetentionRule): number {
  return (rule.subjects ? 1 : 0) + (rule.purposes ? 1 : 0);
}

/** Whether a rule covers a subject and a purpose; `undefined` stands for any (a category that names none). */
export function coversPair(
  rule: RetentionRule,
  subject: string | undefined,
  purpose: string | undefined,
): boolean {
  return (
    (subject === undefined || rule.subjects === undefined || rule.subjects.includes(subject)) &&
    (purpose === undefined || rule.purposes === undefined || rule.purposes.includes(purpose))
  );
}

/** Whether a more specific rule than `rules[index]` covers the subject and purpose: an override. */
export function overridden(
  rules: readonly RetentionRule[],
  index: number,
  subject: string | undefined,
  purpose: string | undefined,
): boolean {
  const own = specificity(rules[index]!);
  return rules.some(
    (rule, j) => j !== index && specificity(rule) > own && coversPair(rule, subject, purpose),
  );
}

/** The category's subjects or purposes, or one "any" when it names none. */
export function orAny(ids: readonly string[] | undefined): readonly (string | undefined)[] {
  return ids && ids.length > 0 ? [...new Set(ids)] : [undefined];
}
