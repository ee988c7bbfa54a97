import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const recipientRoleMissing: Rule = {
  id: 'recipient-role-missing',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 30(1)(d)',
  helpUri: GDPR,
  description: 'recipient without `role`',
  docs: `A recipient has no \`role\` (internal, processor, sub-processor, controller, joint-controller, authority, public).

**Why**: the role decides what the relationship needs: a processing agreement for a processor (Art 28(3)), an arrangement for a joint controller (Art 26), nothing contractual for an authority. The record describes recipients by category (Art 30(1)(d)).

**Fix**: state the role.

\`\`\`yaml
recipients:
  - id: paypal
    name: PayPal
    role: controller
    country: LU
\`\`\``,
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (!recipient.role)
        report(
          recipient.loc,
          `recipient "${recipient.id}" has no role (processor, controller, ...) (Art 30(1)(d))`,
          ['role'],
        );
    }
  },
};
