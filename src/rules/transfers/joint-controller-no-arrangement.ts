import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './joint-controller-no-arrangement.md';
import { ruleDocs } from '../docs.js';

export const jointControllerNoArrangement: Rule = {
  id: 'joint-controller-no-arrangement',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 26(1)',
  helpUri: GDPR,
  description: 'joint controller without `contract` (the arrangement)',
  docs: ruleDocs(docs),
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
