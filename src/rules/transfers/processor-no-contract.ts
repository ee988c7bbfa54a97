import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const processorNoContract: Rule = {
  id: 'processor-no-contract',
  severity: 'error',
  group: 'transfers',
  source: 'Art 28(3)',
  helpUri: GDPR,
  description: 'processor / sub-processor without `contract`',
  docs: `A recipient with role \`processor\` or \`sub-processor\` has no \`contract\`.

**Why**: processing by a processor is governed by a contract or other legal act that sets out the subject-matter, duration, nature and purpose of the processing and the processor's obligations (Art 28(3)); sub-processors are bound by the same obligations (Art 28(4)).

**Fix**: reference the data processing agreement.

\`\`\`yaml
recipients:
  - id: mailer
    name: Mailer SAS
    role: processor
    country: FR
    contract: https://mailer.example/dpa (signed 2025-03-01)
\`\`\``,
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if ((recipient.role === 'processor' || recipient.role === 'sub-processor') && !recipient.contract)
        report(
          recipient.loc,
          `${recipient.role} "${recipient.id}" has no processing agreement (contract) (Art 28(3))`,
          ['role'],
        );
    }
  },
};
