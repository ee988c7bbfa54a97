import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const controllerContactMissing: Rule = {
  id: 'controller-contact-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(a)',
  helpUri: GDPR,
  description: 'organization without address or e-mail/phone',
  docs: `The organization has no postal \`address\`, or neither an \`email\` nor a \`phone\`.

**Why**: the record must give the controller's name and contact details (Art 30(1)(a)); the supervisory authority and data subjects use them.

**Fix**: add the address and at least one of e-mail or phone.

\`\`\`yaml
organization:
  name: Example SAS
  address: 1 rue de la Paix, 75002 Paris, France
  email: contact@example.com
\`\`\``,
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
