import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './recipient-role-missing.md';
import { ruleDocs } from '../docs.js';

export const recipientRoleMissing: Rule<'noRole'> = {
  id: 'recipient-role-missing',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 30(1)(d)',
  helpUri: GDPR,
  description: 'recipient without `role`',
  docs: ruleDocs(docs),
  messages: { noRole: 'recipient {recipient} has no role (processor, controller, ...)' },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (!recipient.role) report(recipient.loc, 'noRole', { recipient: recipient.id }, { path: ['role'] });
    }
  },
};
