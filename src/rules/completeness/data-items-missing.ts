import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './data-items-missing.md';
import { ruleDocs } from '../docs.js';

export const dataItemsMissing: Rule = {
  id: 'data-items-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'category with no data items',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.data?.length)
        report(category.loc, `category "${category.id}" lists no data items (Art 30(1)(c))`, ['data']);
    }
  },
};
