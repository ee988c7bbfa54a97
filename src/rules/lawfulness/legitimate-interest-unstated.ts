import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const legitimateInterestUnstated: Rule = {
  id: 'legitimate-interest-unstated',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1)(f), 13(1)(d)',
  helpUri: GDPR,
  description: 'legitimate interests without `legitimate_interest`',
  docs: `A purpose relies on legitimate interests but does not say which interest (\`legitimate_interest\`).

**Why**: the interest pursued must be real and stated; data subjects are told what it is (Art 13(1)(d), 14(2)(b)).

**Fix**: state the interest.

\`\`\`yaml
purposes:
  - id: fraud-prevention
    name: Fraud prevention
    lawful_basis: legitimate-interests
    legitimate_interest: Preventing payment fraud against the company and its customers
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis === 'legitimate-interests' && !purpose.legitimate_interest)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests without stating the interest (legitimate_interest) (Art 6(1)(f), 13(1)(d))`,
          ['lawful_basis'],
        );
    }
  },
};
