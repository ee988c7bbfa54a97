import { categoriesByPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './special-category-no-condition.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const specialCategoryNoCondition: Rule<'noCondition'> = {
  id: 'special-category-no-condition',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 9(1)-(2)',
  helpUri: GDPR,
  description: 'category with `special` used by a purpose without `special_condition`',
  docs: ruleDocs(docs),
  messages: {
    noCondition:
      'purpose {purpose} uses special-category data ({kinds}) of category {categories} without an Art 9(2) condition (special_condition)',
  },
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.special_condition) continue;
      const special = (byPurpose.get(purpose.id) ?? []).filter((c) => c.special?.length);
      if (special.length === 0) continue;
      const kinds = words([...new Set(special.flatMap((c) => c.special ?? []))].join(', '));
      report(
        purpose.loc,
        'noCondition',
        { purpose: purpose.id, kinds, categories: special.map((c) => c.id) },
        { path: ['special_condition'] },
      );
    }
  },
};
