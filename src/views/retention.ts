// The retention schedule: every category's retention rules resolved to the subjects and purposes they
// cover, plus what no rule covers, ordered so that the worst gaps come first.
import type { RuleId } from '../rules/index.js';
import type { Category, Inventory, Loc, RetentionRule } from '../inventory/model.js';
import { parseDuration } from '../inventory/duration.js';
import { orAny, overridden, specificity } from '../inventory/retention-scope.js';
import { retentionText } from './retention-wording.js';
import { gapsFrom, type Gaps } from './gaps.js';
import { notStated, type NotStated, type Stated } from './stated.js';

export interface Named {
  readonly id: string;
  readonly name: string;
}

/** One retention rule as the record states it. */
export interface RetentionTerms {
  /** As written: an ISO 8601 duration or `indefinite`; absent when the rule gives none. */
  readonly duration?: string;
  readonly minimum?: string;
  readonly criteria?: string;
  /** The event the duration runs from; a gap only when there is a duration to run. */
  readonly from?: Stated<string>;
  readonly then?: string;
  readonly legal_reference?: string;
  /** Set when the rule sets no upper limit (indefinite, a minimum only, or nothing at all). */
  readonly unbounded?: NotStated;
}

export interface RetentionRow extends RetentionTerms {
  readonly category: Named;
  readonly subjects: readonly Named[];
  readonly purposes: readonly Named[];
  /** Set on the row for subjects or purposes that no rule covers: the limit itself is missing. */
  readonly missing?: NotStated;
}

/** Where a retention rule is written (its category and its index there), to look up its findings. */
export interface RuleAt {
  readonly gaps: Gaps;
  readonly at: Loc;
  readonly index: number;
}

/**
 * The rule's terms; the gaps in them (no starting event, no upper limit) are marked as lint reports them
 * on the rule at `where`, and left unmarked without it.
 */
export function retentionTerms(rule: RetentionRule, where?: RuleAt): RetentionTerms {
  const gap = (id: RuleId) =>
    (where && where.gaps.marker(id, where.at, ['retention', where.index])) ?? notStated();
  // Set one by one, in the order outputs show them, rather than spread from a literal per optional
  // field: this runs for each rule of each category entry of the record.
  const terms: { -readonly [K in keyof RetentionTerms]: RetentionTerms[K] } = {};
  if (rule.duration !== undefined) terms.duration = rule.duration;
  if (rule.minimum !== undefined) terms.minimum = rule.minimum;
  if (rule.criteria !== undefined) terms.criteria = rule.criteria;
  if (rule.duration !== undefined && rule.duration !== 'indefinite')
    terms.from = rule.from ?? gap('retention-no-trigger');
  else if (rule.from !== undefined) terms.from = rule.from;
  if (rule.then !== undefined) terms.then = rule.then;
  if (rule.legal_reference !== undefined) terms.legal_reference = rule.legal_reference;
  const bounded = rule.duration !== undefined ? rule.duration !== 'indefinite' : rule.criteria !== undefined;
  if (!bounded) terms.unbounded = gap('retention-unbounded');
  return terms;
}

/** Whether a retention rule applies to a subject or purpose (a rule without the list applies to all). */
export function ruleCovers(rule: RetentionRule, kind: 'subjects' | 'purposes', id: string): boolean {
  const list = rule[kind];
  return list === undefined || list.includes(id);
}

/**
 * Every category x subject/purpose with its retention, missing and indefinite limits first, then longest.
 * Its gaps are marked from the lint diagnostics (gaps.ts).
 */
export function retentionSchedule(inventory: Inventory, gaps: Gaps = gapsFrom([])): RetentionRow[] {
  const named = (kind: 'subject' | 'purpose', id: string): Named => ({
    id,
    name: inventory.byId[kind].get(id)?.name ?? id,
  });
  // each row's rank worked out once, rather than twice in every comparison of the sort
  const rows: { row: RetentionRow; rank: number }[] = [];
  const add = (row: RetentionRow) => rows.push({ row, rank: rank(row) });
  for (const category of inventory.categories) {
    const subjects = category.subjects ?? [];
    const purposes = category.purposes ?? [];
    const rules = category.retention ?? [];
    rules.forEach((rule, index) => {
      const scope = governedBy(rules, index, rule.subjects ?? subjects, rule.purposes ?? purposes);
      if (!scope) return;
      add({
        category: { id: category.id, name: category.name },
        subjects: scope.subjects.map((id) => named('subject', id)),
        purposes: scope.purposes.map((id) => named('purpose', id)),
        ...retentionTerms(rule, { gaps, at: category.loc, index }),
      });
    });
    const uncovered = uncoveredBy(category, rules);
    if (uncovered) {
      add({
        category: { id: category.id, name: category.name },
        subjects: uncovered.subjects.map((id) => named('subject', id)),
        purposes: uncovered.purposes.map((id) => named('purpose', id)),
        missing: gaps.gap('retention-missing', category.loc),
      });
    }
  }
  // Array.prototype.sort is stable: rows of the same rank keep the order they were found in
  return rows.sort((a, b) => a.rank - b.rank).map(({ row }) => row);
}

/**
 * What `rules[index]` governs of the subjects and purposes it covers: those a more specific rule
 * overrides for every pairing are left to that rule; undefined when nothing is left.
 */
function governedBy(
  rules: readonly RetentionRule[],
  index: number,
  subjects: readonly string[],
  purposes: readonly string[],
): { subjects: readonly string[]; purposes: readonly string[] } | undefined {
  if (specificity(rules[index]!) === 2) return { subjects, purposes };
  const open = (s: string | undefined, p: string | undefined) => !overridden(rules, index, s, p);
  const keptSubjects = subjects.filter((s) => orAny(purposes).some((p) => open(s, p)));
  const keptPurposes = purposes.filter((p) => orAny(subjects).some((s) => open(s, p)));
  if (
    (subjects.length > 0 && keptSubjects.length === 0) ||
    (purposes.length > 0 && keptPurposes.length === 0)
  )
    return undefined;
  return { subjects: keptSubjects, purposes: keptPurposes };
}

/** The subjects and purposes no rule covers; when only one side is uncovered the other is listed whole. */
function uncoveredBy(
  category: Category,
  rules: readonly RetentionRule[],
): { subjects: string[]; purposes: string[] } | undefined {
  const subjects = category.subjects ?? [];
  const purposes = category.purposes ?? [];
  if (rules.length === 0) return { subjects, purposes };
  const lostSubjects = subjects.filter((id) => !rules.some((rule) => ruleCovers(rule, 'subjects', id)));
  const lostPurposes = purposes.filter((id) => !rules.some((rule) => ruleCovers(rule, 'purposes', id)));
  if (lostSubjects.length === 0 && lostPurposes.length === 0) return undefined;
  return {
    subjects: lostSubjects.length > 0 ? lostSubjects : subjects,
    purposes: lostPurposes.length > 0 ? lostPurposes : purposes,
  };
}

const AVERAGE_MONTH = (365.2425 / 12) * 86_400;

/** Sort key: no limit at all, then indefinite, then a minimum or criteria only, then longest duration. */
function rank(row: RetentionRow): number {
  if (row.missing) return -4e12;
  if (row.duration === 'indefinite') return -3e12;
  if (row.unbounded) return -2e12;
  const duration = row.duration !== undefined ? parseDuration(row.duration) : undefined;
  return duration === undefined ? -1e12 : -(duration.months * AVERAGE_MONTH + duration.seconds);
}

/** A retention rule with every field present (null or [] when not written), for stable JSON. */
export interface WrittenRule {
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

export function writtenRule(rule: RetentionRule): WrittenRule {
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

/**
 * The category's retention rules that apply to a subject and/or a purpose (a rule without a list applies to
 * all), each with the line that describes it, its gaps marked as lint reports them.
 */
export function retentionFor(
  category: Category,
  scope: { subject?: string; purpose?: string },
  gaps: Gaps,
): { readonly rule: WrittenRule; readonly text: string }[] {
  return (category.retention ?? []).flatMap((rule, index) =>
    (scope.subject === undefined || ruleCovers(rule, 'subjects', scope.subject)) &&
    (scope.purpose === undefined || ruleCovers(rule, 'purposes', scope.purpose))
      ? [{ rule: writtenRule(rule), text: describeRetention(rule, { gaps, at: category.loc, index }) }]
      : [],
  );
}

/** One line for a person, in the record's words, prefixed by the ids the rule is limited to. */
export function describeRetention(rule: RetentionRule, where: RuleAt): string {
  const text = retentionText(retentionTerms(rule, where));
  const scope = [...(rule.subjects ?? []), ...(rule.purposes ?? [])];
  return scope.length === 0 ? text : `${scope.join(', ')}: ${text}`;
}
