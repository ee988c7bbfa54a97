import { categoriesByPurpose, quotedList, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-children.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestChildren: Rule = {
  id: 'legitimate-interest-children',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 6(1)(f)',
  helpUri: GDPR,
  description: 'legitimate interests over data of subjects marked `minors`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis !== 'legitimate-interests') continue;
      const minors = subjectsOfPurpose(inventory, byPurpose.get(purpose.id) ?? []).filter((s) => s.minors);
      if (minors.length)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests over data of ${quotedList(minors.map((s) => s.id))}, who may be children: their interests weigh more (Art 6(1)(f))`,
          ['lawful_basis'],
        );
    }
  },
};
