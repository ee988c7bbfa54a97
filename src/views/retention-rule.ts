import type { Category, RetentionRule } from '../inventory/model.js';

/** A retention rule with every field present (null or [] when not written), for stable JSON. */
export interface RetentionEntry {
  /** Subject ids the rule is limited to; [] means all the category's subjects. */
  readonly subjects: string[];
  /** Purpose ids the rule is limited to; [] means all the category's purposes. */
  readonly purposes: string[];
  readonly duration: string | null;
  readonly minimum: string | null;
  readonly criteria: string | null;
  readonly from: string | null;
  readonly then: string | null;
  readonly legal_reference: string | null;
}

export function retentionEntry(rule: RetentionRule): RetentionEntry {
  return {
    subjects: rule.subjects ?? [],
    purposes: rule.purposes ?? [],
    duration: rule.duration ?? null,
    minimum: rule.minimum ?? null,
    criteria: rule.criteria ?? null,
    from: rule.from ?? null,
    then: rule.then ?? null,
    legal_reference: rule.legal_reference ?? null,
  };
}

/** The category's retention rules that apply to a subject and/or a purpose (a rule without a list applies to all). */
export function retentionFor(
  category: Category,
  scope: { subject?: string; purpose?: string },
): RetentionEntry[] {
  return (category.retention ?? [])
    .filter(
      (rule) =>
        (scope.subject === undefined ||
          rule.subjects === undefined ||
          rule.subjects.includes(scope.subject)) &&
        (scope.purpose === undefined || rule.purposes === undefined || rule.purposes.includes(scope.purpose)),
    )
    .map(retentionEntry);
}

/** One line for a person: "P10Y from end-of-financial-year, then delete (Code de commerce, art. L123-22)". */
export function describeRetention(entry: RetentionEntry): string {
  const parts: string[] = [];
  if (entry.duration !== null)
    parts.push(entry.from === null ? entry.duration : `${entry.duration} from ${entry.from}`);
  else if (entry.from !== null) parts.push(`from ${entry.from}`);
  if (entry.minimum !== null) parts.push(`minimum ${entry.minimum}`);
  if (entry.then !== null) parts.push(`then ${entry.then}`);
  if (entry.criteria !== null) parts.push(entry.criteria);
  let text = parts.length === 0 ? 'no period stated' : parts.join(', ');
  if (entry.legal_reference !== null) text += ` (${entry.legal_reference})`;
  const scope = [...entry.subjects, ...entry.purposes];
  return scope.length === 0 ? text : `${scope.join(', ')}: ${text}`;
}
