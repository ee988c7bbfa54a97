import type { RetentionRule } from '../../inventory/model.js';
import { coversPair, orAny, specificity } from '../../inventory/retention-scope.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-overlap.md';
import { ruleDocs } from '../docs.js';

export const retentionOverlap: Rule = {
  id: 'retention-overlap',
  severity: 'warning',
  group: 'retention',
  source: 'Art 5(1)(e), 30(1)(f)',
  helpUri: GDPR,
  description:
    'two equally specific retention rules of one category that cover the same subject and purpose with different limits or triggers',
  docs: ruleDocs(docs),
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
