import { lawfulBasisOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './legal-obligation-no-reference.md';
import { ruleDocs } from '../docs.js';

export const legalObligationNoReference: Rule = {
  id: 'legal-obligation-no-reference',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 6(3)',
  helpUri: GDPR,
  description: 'legal-obligation or public-task without `legal_reference`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const basis = purpose.lawful_basis ? lawfulBasisOf(purpose.lawful_basis) : undefined;
      if (basis?.needs_law && !purpose.legal_reference)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on ${purpose.lawful_basis} but names no law (legal_reference) (Art ${basis.law_article ?? '6(3)'})`,
          ['lawful_basis'],
        );
    }
  },
};
