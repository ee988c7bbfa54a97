import { artNineConditionOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const specialConditionNoLaw: Rule = {
  id: 'special-condition-no-law',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 9(2)',
  helpUri: GDPR,
  description: 'Art 9(2)(b)(g)(h)(i)(j) condition without `legal_reference`',
  docs: `A purpose's \`special_condition\` is one that needs a basis in Union or Member State law (Art 9(2)(b), (g), (h), (i), (j)), and the purpose names no law (\`legal_reference\`).

**Why**: those conditions only apply when a law (or, for (b), a collective agreement) authorises the processing and provides safeguards.

**Fix**: cite the law.

\`\`\`yaml
purposes:
  - id: occupational-health
    name: Occupational health follow-up
    lawful_basis: legal-obligation
    special_condition: health-social-care
    legal_reference: Code du travail, art. R4624-10
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const condition = purpose.special_condition ? artNineConditionOf(purpose.special_condition) : undefined;
      if (condition?.needs_law && !purpose.legal_reference)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on the Art ${condition.article} condition ${purpose.special_condition}, which needs a law, but names none (legal_reference) (Art 9(2))`,
          ['special_condition'],
        );
    }
  },
};
