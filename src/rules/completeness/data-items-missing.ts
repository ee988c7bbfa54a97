import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './data-items-missing.md';
import { ruleDocs } from '../docs.js';

export const dataItemsMissing: Rule<'missing'> = {
  id: 'data-items-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'category with no data items',
  docs: ruleDocs(docs),
  messages: { missing: 'category {category} lists no data items' },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.data?.length)
        report(category.loc, 'missing', { category: category.id }, { path: ['data'] });
    }
  },
};
