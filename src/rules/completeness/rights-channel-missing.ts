import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './rights-channel-missing.md';
import { ruleDocs } from '../docs.js';

export const rightsChannelMissing: Rule = {
  id: 'rights-channel-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 12(2), 15-22',
  helpUri: GDPR,
  description: 'organization without `rights_contact`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const org = inventory.organization;
    if (org && !org.rights_contact)
      report(
        org.loc,
        `organization "${org.name}" gives no contact for exercising data subjects' rights (Art 12(2))`,
        ['rights_contact'],
      );
  },
};
