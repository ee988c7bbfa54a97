import type { RetentionRule } from '../../inventory/model.js';
import { coversPair, orAny, specificity } from '../../inventory/retention-scope.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const retentionOverlap: Rule = {
  id: 'retention-overlap',
  severity: 'warning',
  group: 'retention',
  source: 'Art 5(1)(e), 30(1)(f)',
  helpUri: GDPR,
  description:
    'two equally specific retention rules of one category that cover the same subject and purpose with different limits or triggers',
  docs: `Two retention rules of one category are equally specific (both narrowed to subjects, both to purposes, both to both, or neither narrowed) and both cover one subject for one purpose, with a different \`duration\`, \`from\` or \`criteria\`: which period applies to that person's data cannot be told.

A rule narrowed to subjects or purposes beside a wider rule (a category-wide one, say) is an override, not an overlap: the more specific rule governs what it names, and the record and the retention schedule list those subjects and purposes under it alone.

**Why**: the period for which data are kept must be determinable, and stated in the record (Art 5(1)(e), 30(1)(f)); erasure cannot be scheduled against two different limits.

**Fix**: narrow one of the rules so that they no longer meet, or make one more specific (name both the subject and the purpose) so that it overrides the other.

\`\`\`yaml
retention:
  - subjects: [prospect]
    duration: P3Y
    from: last-contact
  - purposes: [support]
    subjects: [customer]
    duration: P5Y
    from: end-of-contract
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      const rules = category.retention ?? [];
      if (rules.length < 2) continue;
      const subjects = orAny(category.subjects);
      const purposes = orAny(category.purposes);
      rules.forEach((later, j) => {
        for (let i = 0; i < j; i++) {
          const earlier = rules[i]!;
          if (specificity(earlier) !== specificity(later) || sameLimit(earlier, later)) continue;
          const shared = firstShared(earlier, later, subjects, purposes);
          if (!shared) continue;
          const who = [
            shared.subject !== undefined ? `subject "${shared.subject}"` : undefined,
            shared.purpose !== undefined ? `purpose "${shared.purpose}"` : undefined,
          ].filter((part) => part !== undefined);
          report(
            category.loc,
            `category "${category.id}": retention rules ${i + 1} and ${j + 1} are equally specific and both cover ${who.length ? who.join(' for ') : 'all its data'} with different limits: one period must be determinable (Art 5(1)(e))`,
            ['retention', j],
          );
          return;
        }
      });
    }
  },
};

function sameLimit(a: RetentionRule, b: RetentionRule): boolean {
  return a.duration === b.duration && a.from === b.from && a.criteria === b.criteria;
}

function firstShared(
  a: RetentionRule,
  b: RetentionRule,
  subjects: readonly (string | undefined)[],
  purposes: readonly (string | undefined)[],
): { subject: string | undefined; purpose: string | undefined } | undefined {
  for (const subject of subjects)
    for (const purpose of purposes)
      if (coversPair(a, subject, purpose) && coversPair(b, subject, purpose)) return { subject, purpose };
  return undefined;
}
