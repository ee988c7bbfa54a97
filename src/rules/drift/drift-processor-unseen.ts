import { GDPR } from '../sources.js';
import type { Rule } from '../rule.js';
import { evidenceFiles, recipientsFor, seenVendors } from './match.js';
import docs from './drift-processor-unseen.md';
import { ruleDocs } from '../docs.js';
import { entity, uncited, words } from '../message.js';

export const driftProcessorUnseen: Rule<'unseen'> = {
  id: 'drift-processor-unseen',
  severity: 'note',
  group: 'drift',
  source: 'Art 5(2), Art 24(1)',
  helpUri: GDPR,
  description: 'a declared processor that no evidence shows the code using',
  docs: ruleDocs(docs),
  messages: {
    unseen: uncited(
      '{recipient} appears in none of the evidence ({files}): check that it is still used, and how the code reaches it (scans are partial)',
    ),
  },
  check({ inventory, evidence, report }) {
    if (!evidence) return;
    const seen = seenVendors(evidence);
    const shown = new Set(seen.flatMap((vendor) => recipientsFor(inventory, vendor)));
    for (const recipient of inventory.recipients) {
      if ((recipient.role !== 'processor' && recipient.role !== 'sub-processor') || shown.has(recipient))
        continue;
      report(recipient.loc, 'unseen', {
        recipient: entity(recipient.role, recipient.id),
        files: words(evidenceFiles(evidence)),
      });
    }
  },
};
