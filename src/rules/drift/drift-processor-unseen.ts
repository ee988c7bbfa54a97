import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { evidenceFiles, recipientsFor, seenVendors } from './match.js';

export const driftProcessorUnseen: Rule = {
  id: 'drift-processor-unseen',
  severity: 'note',
  group: 'drift',
  source: 'Art 5(2), Art 24(1)',
  helpUri: GDPR,
  description: 'a declared processor that no evidence shows the code using',
  docs: `A recipient with role \`processor\` or \`sub-processor\` is none of the vendors the evidence shows (matched as for \`drift-undeclared-vendor\`). Only a note: scans are partial (a vendor reached over plain HTTP, by another service, or by people rather than code leaves no package behind), so this is a question rather than a gap. Reported on the recipient.

**Why**: the record is kept up to date (Art 24(1)) and the controller must be able to show it is accurate (Art 5(2)); a processor that is no longer used is a contract to end and a line to remove.

**Fix**: if the processor is no longer used, remove it (and end its contract); if it is, waive the note on the recipient with how it is used, or give it the \`aliases\` the code knows it by.

\`\`\`yaml
recipients:
  - id: payroll
    name: Payroll Services SAS
    role: processor
    waivers:
      - rule: drift-processor-unseen
        reason: Used by HR through its web interface, not by the code
\`\`\``,
  check({ inventory, evidence, report }) {
    if (!evidence) return;
    const seen = seenVendors(evidence);
    const shown = new Set(seen.flatMap((vendor) => recipientsFor(inventory, vendor)));
    for (const recipient of inventory.recipients) {
      if ((recipient.role !== 'processor' && recipient.role !== 'sub-processor') || shown.has(recipient))
        continue;
      report(
        recipient.loc,
        `${recipient.role} "${recipient.id}" appears in none of the evidence (${evidenceFiles(evidence)}): check that it is still used, and how the code reaches it (scans are partial)`,
      );
    }
  },
};
