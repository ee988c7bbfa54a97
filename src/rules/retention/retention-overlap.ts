import type { RetentionRule } from '../../inventory/model.js';
import { coversPair, orAny, specificity } from '../../inventory/retention-scope.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-overlap.md';
import { ruleDocs } from '../docs.js';
import { entity, joined, words } from '../message.js';

export const retentionOverlap: Rule<'overlap'> = {
  id: 'retention-overlap',
  severity: 'warning',
  group: 'retention',
  source: 'Art 5(1)(e), 30(1)(f)',
  helpUri: GDPR,
  description:
    'two equally specific retention rules of one category that cover the same subject and purpose with different limits or triggers',
  docs: ruleDocs(docs),
  messages: {
    overlap: {
      text: 'category {category}: retention rules {earlier} and {later} are equally specific and both cover {who} with different limits: one period must be determinable',
      cite: 'Art 5(1)(e)',
    },
  },
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
            shared.subject !== undefined ? entity('subject', shared.subject) : undefined,
            shared.purpose !== undefined ? entity('purpose', shared.purpose) : undefined,
          ].filter((part) => part !== undefined);
          report(
            category.loc,
            'overlap',
            {
              category: category.id,
              earlier: i + 1,
              later: j + 1,
              who: who.length ? joined(who, ' for ') : words('all its data'),
            },
            { path: ['retention', j] },
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
