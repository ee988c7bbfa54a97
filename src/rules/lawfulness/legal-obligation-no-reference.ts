import { lawfulBasisOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const legalObligationNoReference: Rule = {
  id: 'legal-obligation-no-reference',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 6(3)',
  helpUri: GDPR,
  description: 'legal-obligation or public-task without `legal_reference`',
  docs: `A purpose relies on a legal obligation or a public task but names no law (\`legal_reference\`).

**Why**: these bases must be laid down by Union or Member State law (Art 6(3)); naming it shows the basis exists and tells people why they cannot object or ask for erasure.

**Fix**: cite the law.

\`\`\`yaml
purposes:
  - id: accounting-records
    name: Keeping accounting records
    lawful_basis: legal-obligation
    legal_reference: Code de commerce, art. L123-22
\`\`\``,
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
