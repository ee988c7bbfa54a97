import { categoriesByPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './criminal-data-no-basis.md';
import { ruleDocs } from '../docs.js';

export const criminalDataNoBasis: Rule<'noBasis'> = {
  id: 'criminal-data-no-basis',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 10',
  helpUri: GDPR,
  description: '`criminal: true` used by a purpose without `criminal_basis`',
  docs: ruleDocs(docs),
  messages: {
    noBasis:
      'purpose {purpose} uses criminal-offence data of category {categories} without a basis (criminal_basis)',
  },
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.criminal_basis) continue;
      const criminal = (byPurpose.get(purpose.id) ?? []).filter((c) => c.criminal);
      if (criminal.length)
        report(
          purpose.loc,
          'noBasis',
          { purpose: purpose.id, categories: criminal.map((c) => c.id) },
          { path: ['criminal_basis'] },
        );
    }
  },
};
