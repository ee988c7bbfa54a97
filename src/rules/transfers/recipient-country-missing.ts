import { recipientCountries } from '../../inventory/model.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './recipient-country-missing.md';
import { ruleDocs } from '../docs.js';

export const recipientCountryMissing: Rule<'noCountry'> = {
  id: 'recipient-country-missing',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 30(1)(e)',
  helpUri: GDPR,
  description: 'non-internal recipient without country: transfers cannot be assessed',
  docs: ruleDocs(docs),
  messages: {
    noCountry: 'recipient {recipient} has no country: whether data leaves the EEA cannot be assessed',
  },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role === 'internal' || recipient.role === 'public') continue;
      if (recipientCountries(recipient).length === 0)
        report(recipient.loc, 'noCountry', { recipient: recipient.id }, { path: ['country'] });
    }
  },
};
