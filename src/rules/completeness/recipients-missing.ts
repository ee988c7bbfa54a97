import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './recipients-missing.md';
import { ruleDocs } from '../docs.js';

export const recipientsMissing: Rule<'missing'> = {
  id: 'recipients-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 30(1)(d)',
  helpUri: GDPR,
  description: 'category without a `recipients` key (an explicit empty list is an answer)',
  docs: ruleDocs(docs),
  messages: { missing: 'category {category} does not say who receives it (recipients)' },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (category.recipients === undefined)
        report(category.loc, 'missing', { category: category.id }, { path: ['recipients'] });
    }
  },
};
