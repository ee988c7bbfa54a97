import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './purpose-missing.md';
import { ruleDocs } from '../docs.js';

export const purposeMissing: Rule = {
  id: 'purpose-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(b), 5(1)(b)',
  helpUri: GDPR,
  description: 'category with no purpose',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.purposes?.length)
        report(category.loc, `category "${category.id}" has no purpose (Art 30(1)(b), 5(1)(b))`, [
          'purposes',
        ]);
    }
  },
};
