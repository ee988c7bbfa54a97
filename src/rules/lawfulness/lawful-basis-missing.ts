import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './lawful-basis-missing.md';
import { ruleDocs } from '../docs.js';

export const lawfulBasisMissing: Rule = {
  id: 'lawful-basis-missing',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1)',
  helpUri: GDPR,
  description: 'purpose without `lawful_basis`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (!purpose.lawful_basis)
        report(purpose.loc, `purpose "${purpose.id}" has no lawful basis (Art 6(1))`, ['lawful_basis']);
    }
  },
};
