import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './rights-channel-missing.md';
import { ruleDocs } from '../docs.js';

export const rightsChannelMissing: Rule<'missing'> = {
  id: 'rights-channel-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 12(2), 15-22',
  helpUri: GDPR,
  description: 'organization without `rights_contact`',
  docs: ruleDocs(docs),
  messages: {
    missing: {
      text: "organization {organization} gives no contact for exercising data subjects' rights",
      cite: 'Art 12(2)',
    },
  },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (org && !org.rights_contact)
      report(org.loc, 'missing', { organization: org.name }, { path: ['rights_contact'] });
  },
};
