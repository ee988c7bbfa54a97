import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './joint-controller-no-arrangement.md';
import { ruleDocs } from '../docs.js';

export const jointControllerNoArrangement: Rule<'noArrangement'> = {
  id: 'joint-controller-no-arrangement',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 26(1)',
  helpUri: GDPR,
  description: 'joint controller without `contract` (the arrangement)',
  docs: ruleDocs(docs),
  messages: { noArrangement: 'joint controller {recipient} has no arrangement (contract)' },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role === 'joint-controller' && !recipient.contract)
        report(recipient.loc, 'noArrangement', { recipient: recipient.id }, { path: ['role'] });
    }
  },
};
