import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const jointControllerNoArrangement: Rule = {
  id: 'joint-controller-no-arrangement',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 26(1)',
  helpUri: GDPR,
  description: 'joint controller without `contract` (the arrangement)',
  docs: `A recipient with role \`joint-controller\` has no \`contract\`: the arrangement between the joint controllers is not referenced.

**Why**: joint controllers determine their respective responsibilities, in particular for data subjects' rights and information, by an arrangement whose essence is made available to data subjects (Art 26(1), (2)).

**Fix**: reference the arrangement.

\`\`\`yaml
recipients:
  - id: partner-school
    name: Partner school
    role: joint-controller
    country: FR
    contract: Joint-controller arrangement of 2025-01-15, section 3
\`\`\``,
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role === 'joint-controller' && !recipient.contract)
        report(
          recipient.loc,
          `joint controller "${recipient.id}" has no arrangement (contract) (Art 26(1))`,
          ['role'],
        );
    }
  },
};
