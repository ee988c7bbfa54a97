import { recipientCountries } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const recipientCountryMissing: Rule = {
  id: 'recipient-country-missing',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 30(1)(e)',
  helpUri: GDPR,
  description: 'non-internal recipient without country: transfers cannot be assessed',
  docs: `A recipient that is not \`internal\` (nor \`public\`) has no \`country\` or \`countries\`.

**Why**: whether a disclosure is a transfer outside the EEA, and needs a Chapter V tool, depends on where the recipient processes the data; the record lists transfers to third countries (Art 30(1)(e)). Publication to the \`public\` is not a transfer to a particular country (CJEU, C-101/01 Lindqvist), and an internal team is part of the controller: neither is checked.

**Fix**: give the country, or every country, where the recipient processes the data.

\`\`\`yaml
recipients:
  - id: crm-provider
    name: CRM provider
    role: processor
    countries: [IE, US]
\`\`\``,
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role === 'internal' || recipient.role === 'public') continue;
      if (recipientCountries(recipient).length === 0)
        report(
          recipient.loc,
          `recipient "${recipient.id}" has no country: whether data leaves the EEA cannot be assessed (Art 30(1)(e))`,
          ['country'],
        );
    }
  },
};
