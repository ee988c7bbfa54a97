import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-missing.md';
import { ruleDocs } from '../docs.js';

export const retentionMissing: Rule<'none' | 'subject' | 'purpose'> = {
  id: 'retention-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(f), 5(1)(e)',
  helpUri: GDPR,
  description: 'category (or a subject/purpose of it) covered by no retention rule',
  docs: ruleDocs(docs),
  messages: {
    none: 'category {category} has no retention rule',
    subject: 'category {category}: no retention rule covers subject {subject}',
    purpose: 'category {category}: no retention rule covers purpose {purpose}',
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      const rules = category.retention ?? [];
      const path = ['retention'];
      if (rules.length === 0) {
        report(category.loc, 'none', { category: category.id }, { path });
        continue;
      }
      for (const subject of new Set(category.subjects ?? [])) {
        if (!rules.some((rule) => !rule.subjects || rule.subjects.includes(subject)))
          report(category.loc, 'subject', { category: category.id, subject }, { path });
      }
      for (const purpose of new Set(category.purposes ?? [])) {
        if (!rules.some((rule) => !rule.purposes || rule.purposes.includes(purpose)))
          report(category.loc, 'purpose', { category: category.id, purpose }, { path });
      }
    }
  },
};
