import { categoriesByPurpose, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-children.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestChildren: Rule<'children'> = {
  id: 'legitimate-interest-children',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 6(1)(f)',
  helpUri: GDPR,
  description: 'legitimate interests over data of subjects marked `minors`',
  docs: ruleDocs(docs),
  messages: {
    children:
      'purpose {purpose} relies on legitimate interests over data of {minors}, who may be children: their interests weigh more',
  },
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis !== 'legitimate-interests') continue;
      const minors = subjectsOfPurpose(inventory, byPurpose.get(purpose.id) ?? []).filter((s) => s.minors);
      if (minors.length)
        report(
          purpose.loc,
          'children',
          { purpose: purpose.id, minors: minors.map((s) => s.id) },
          { path: ['lawful_basis'] },
        );
    }
  },
};
