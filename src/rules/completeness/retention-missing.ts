import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const retentionMissing: Rule = {
  id: 'retention-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(f), 5(1)(e)',
  helpUri: GDPR,
  description: 'category (or a subject/purpose of it) covered by no retention rule',
  docs: `A data category has no \`retention\` rule, or one of its subjects or purposes is covered by none. A retention rule covers the subjects and purposes it lists, or all of the category's when it lists none.

**Why**: data is kept no longer than necessary (Art 5(1)(e)), and the record states the time limits for erasure where possible (Art 30(1)(f)).

**Fix**: add a retention rule for every subject and purpose.

\`\`\`yaml
category:
  id: identification
  name: Identification data
  subjects: [customer, prospect]
  retention:
    - subjects: [customer]
      duration: P3Y
      from: end-of-contract
    - subjects: [prospect]
      duration: P3Y
      from: last-contact
\`\`\``,
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
