import { countryLabel, inEea } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const representativeMissing: Rule = {
  id: 'representative-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 27, 30(1)(a)',
  helpUri: GDPR,
  description: 'organization outside the EEA without a representative',
  docs: `The organization's \`country\` is outside the European Economic Area and no \`representative\` in the Union is named.

**Why**: a controller not established in the Union that offers goods or services to people in the Union, or monitors their behaviour, must designate a representative in writing (Art 27), whose contact details go in the record (Art 30(1)(a)). The exemptions of Art 27(2) (occasional, low-risk processing; public authorities) are narrow.

**Fix**: name the representative.

\`\`\`yaml
organization:
  name: Example Inc.
  country: US
  representative:
    name: Example Europe SARL
    address: 1 rue de la Paix, 75002 Paris, France
    email: eu-representative@example.com
\`\`\``,
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org?.country || inEea(org.country) || org.representative) return;
    report(
      org.loc,
      `organization "${org.name}" is established in ${countryLabel(org.country)}, outside the EEA, and names no representative in the Union (Art 27, 30(1)(a))`,
      ['country'],
    );
  },
};
