import type { Rule } from '../rule.js';
import { EDPB_LEGITIMATE_INTEREST } from '../sources.js';

export const legitimateInterestNoAssessment: Rule = {
  id: 'legitimate-interest-no-assessment',
  severity: 'warning',
  group: 'lawfulness',
  source: 'EDPB Guidelines 1/2024',
  helpUri: EDPB_LEGITIMATE_INTEREST,
  description: 'legitimate interests without `lia`',
  docs: `A purpose relies on legitimate interests but points at no legitimate-interests assessment (\`lia\`).

**Why**: legitimate interests is a basis only after a three-step test (a legitimate interest, necessity, a balancing against the data subjects' interests and rights); the controller must be able to show it (EDPB Guidelines 1/2024, Art 5(2)).

**Fix**: write the assessment and reference it.

\`\`\`yaml
purposes:
  - id: fraud-prevention
    name: Fraud prevention
    lawful_basis: legitimate-interests
    legitimate_interest: Preventing payment fraud
    lia: https://intranet.example.com/privacy/lia/fraud-prevention
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis === 'legitimate-interests' && !purpose.lia)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests without an assessment (lia) (EDPB Guidelines 1/2024)`,
          ['lawful_basis'],
        );
    }
  },
};
