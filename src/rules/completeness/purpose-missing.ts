import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './purpose-missing.md';
import { ruleDocs } from '../docs.js';

export const purposeMissing: Rule<'missing'> = {
  id: 'purpose-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(b), 5(1)(b)',
  helpUri: GDPR,
  description: 'category with no purpose',
  docs: ruleDocs(docs),
  messages: { missing: 'category {category} has no purpose' },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.purposes?.length)
        report(category.loc, 'missing', { category: category.id }, { path: ['purposes'] });
    }
  },
};
