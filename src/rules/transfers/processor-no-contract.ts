import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './processor-no-contract.md';
import { ruleDocs } from '../docs.js';
import { entity } from '../message.js';

export const processorNoContract: Rule<'noContract'> = {
  id: 'processor-no-contract',
  severity: 'error',
  group: 'transfers',
  source: 'Art 28(3)',
  helpUri: GDPR,
  description: 'processor / sub-processor without `contract`',
  docs: ruleDocs(docs),
  messages: { noContract: '{recipient} has no processing agreement (contract)' },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if ((recipient.role === 'processor' || recipient.role === 'sub-processor') && !recipient.contract)
        report(
          recipient.loc,
          'noContract',
          { recipient: entity(recipient.role, recipient.id) },
          { path: ['role'] },
        );
    }
  },
};
