import { lawfulBasisOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-public-authority.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestPublicAuthority: Rule = {
  id: 'legitimate-interest-public-authority',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1) second subparagraph',
  helpUri: GDPR,
  description: 'legitimate interests used by a public authority',
  docs: ruleDocs(docs),
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
