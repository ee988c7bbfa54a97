import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const rightsChannelMissing: Rule = {
  id: 'rights-channel-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 12(2), 15-22',
  helpUri: GDPR,
  description: 'organization without `rights_contact`',
  docs: `The organization does not say where data subjects exercise their rights (\`rights_contact\`: an e-mail address or a web page).

**Why**: the controller must facilitate the exercise of the rights of access, rectification, erasure, restriction, portability and objection (Art 12(2), 15-22); people need to know where to ask.

**Fix**: add \`rights_contact\`.

\`\`\`yaml
organization:
  name: Example SAS
  rights_contact: privacy@example.com
\`\`\``,
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
