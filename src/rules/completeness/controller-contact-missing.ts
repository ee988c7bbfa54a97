import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './controller-contact-missing.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const controllerContactMissing: Rule<'missing'> = {
  id: 'controller-contact-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(a)',
  helpUri: GDPR,
  description: 'organization without address or e-mail/phone',
  docs: ruleDocs(docs),
  messages: { missing: 'organization {organization} has no {what}' },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org) return;
    const missing = [!org.address && 'postal address', !org.email && !org.phone && 'e-mail or phone'].filter(
      Boolean,
    );
    if (missing.length)
      report(org.loc, 'missing', { organization: org.name, what: words(missing.join(' and no ')) });
  },
};
