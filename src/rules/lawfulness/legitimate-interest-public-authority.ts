import { lawfulBasisOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const legitimateInterestPublicAuthority: Rule = {
  id: 'legitimate-interest-public-authority',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1) second subparagraph',
  helpUri: GDPR,
  description: 'legitimate interests used by a public authority',
  docs: `The organization is a \`public_authority\` and a purpose relies on legitimate interests.

**Why**: legitimate interests does not apply to processing carried out by public authorities in the performance of their tasks (Art 6(1), second subparagraph); their basis is a legal obligation or a public task laid down by law.

**Fix**: use \`public-task\` or \`legal-obligation\` with the law, or, for processing outside the authority's tasks, explain it in \`notes\` and waive the finding.

\`\`\`yaml
purposes:
  - id: permits
    name: Issuing parking permits
    lawful_basis: public-task
    legal_reference: Code de la route, art. L411-1
\`\`\``,
  check({ inventory, report }) {
    if (!inventory.organization?.public_authority) return;
    for (const purpose of inventory.purposes) {
      const basis = purpose.lawful_basis ? lawfulBasisOf(purpose.lawful_basis) : undefined;
      if (basis && basis.available_to_public_authorities === false)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on ${purpose.lawful_basis}, which a public authority cannot use for its tasks (Art 6(1) second subparagraph)`,
          ['lawful_basis'],
        );
    }
  },
};
