import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './subjects-missing.md';
import { ruleDocs } from '../docs.js';

export const subjectsMissing: Rule<'missing'> = {
  id: 'subjects-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'category with no subjects',
  docs: ruleDocs(docs),
  messages: { missing: 'category {category} has no data subjects' },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.subjects?.length)
        report(category.loc, 'missing', { category: category.id }, { path: ['subjects'] });
    }
  },
};
