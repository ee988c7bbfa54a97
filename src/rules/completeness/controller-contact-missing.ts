import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './controller-contact-missing.md';
import { ruleDocs } from '../docs.js';

export const controllerContactMissing: Rule = {
  id: 'controller-contact-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(a)',
  helpUri: GDPR,
  description: 'organization without address or e-mail/phone',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org) return;
    const missing = [!org.address && 'postal address', !org.email && !org.phone && 'e-mail or phone'].filter(
      Boolean,
    );
    if (missing.length)
      report(org.loc, `organization "${org.name}" has no ${missing.join(' and no ')} (Art 30(1)(a))`);
  },
};
