import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-missing.md';
import { ruleDocs } from '../docs.js';

export const retentionMissing: Rule = {
  id: 'retention-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(f), 5(1)(e)',
  helpUri: GDPR,
  description: 'category (or a subject/purpose of it) covered by no retention rule',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      const rules = category.retention ?? [];
      if (rules.length === 0) {
        report(category.loc, `category "${category.id}" has no retention rule (Art 30(1)(f), 5(1)(e))`, [
          'retention',
        ]);
        continue;
      }
      for (const subject of new Set(category.subjects ?? [])) {
        if (!rules.some((rule) => !rule.subjects || rule.subjects.includes(subject)))
          report(
            category.loc,
            `category "${category.id}": no retention rule covers subject "${subject}" (Art 30(1)(f), 5(1)(e))`,
            ['retention'],
          );
      }
      for (const purpose of new Set(category.purposes ?? [])) {
        if (!rules.some((rule) => !rule.purposes || rule.purposes.includes(purpose)))
          report(
            category.loc,
            `category "${category.id}": no retention rule covers purpose "${purpose}" (Art 30(1)(f), 5(1)(e))`,
            ['retention'],
          );
      }
    }
  },
};
