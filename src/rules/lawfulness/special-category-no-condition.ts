import { categoriesByPurpose, quotedList } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const specialCategoryNoCondition: Rule = {
  id: 'special-category-no-condition',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 9(1)-(2)',
  helpUri: GDPR,
  description: 'category with `special` used by a purpose without `special_condition`',
  docs: `A purpose uses a data category that holds special-category data (\`special\`), and the purpose states no Art 9(2) condition (\`special_condition\`).

**Why**: processing of special categories (health, biometric, religious beliefs, ...) is prohibited (Art 9(1)) unless one of the conditions of Art 9(2) applies, in addition to a lawful basis under Art 6.

**Fix**: state the condition on the purpose.

\`\`\`yaml
purposes:
  - id: sick-leave
    name: Managing sick leave
    lawful_basis: legal-obligation
    legal_reference: Code du travail, art. L1226-1
    special_condition: employment-social-security
\`\`\``,
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.special_condition) continue;
      const special = (byPurpose.get(purpose.id) ?? []).filter((c) => c.special?.length);
      if (special.length === 0) continue;
      const kinds = [...new Set(special.flatMap((c) => c.special ?? []))].join(', ');
      report(
        purpose.loc,
        `purpose "${purpose.id}" uses special-category data (${kinds}) of category ${quotedList(special.map((c) => c.id))} without an Art 9(2) condition (special_condition) (Art 9(1)-(2))`,
        ['special_condition'],
      );
    }
  },
};
