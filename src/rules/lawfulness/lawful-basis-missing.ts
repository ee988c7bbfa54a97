import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const lawfulBasisMissing: Rule = {
  id: 'lawful-basis-missing',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1)',
  helpUri: GDPR,
  description: 'purpose without `lawful_basis`',
  docs: `A purpose states no \`lawful_basis\`.

**Why**: processing is lawful only on one of the six bases of Art 6(1); the basis decides which rights apply and must be given to data subjects (Art 13(1)(c)).

**Fix**: state the basis: \`consent\`, \`contract\`, \`legal-obligation\`, \`vital-interests\`, \`public-task\` or \`legitimate-interests\`.

\`\`\`yaml
purposes:
  - id: order-processing
    name: Processing orders
    lawful_basis: contract
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (!purpose.lawful_basis)
        report(purpose.loc, `purpose "${purpose.id}" has no lawful basis (Art 6(1))`, ['lawful_basis']);
    }
  },
};
