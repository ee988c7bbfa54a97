import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './recipient-role-missing.md';
import { ruleDocs } from '../docs.js';

export const recipientRoleMissing: Rule = {
  id: 'recipient-role-missing',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 30(1)(d)',
  helpUri: GDPR,
  description: 'recipient without `role`',
  docs: ruleDocs(docs),
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
