import { countryLabel, inEea } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './representative-missing.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const representativeMissing: Rule<'missing'> = {
  id: 'representative-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 27, 30(1)(a)',
  helpUri: GDPR,
  description: 'organization outside the EEA without a representative',
  docs: ruleDocs(docs),
  messages: {
    missing:
      'organization {organization} is established in {country}, outside the EEA, and names no representative in the Union',
  },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org?.country || inEea(org.country) || org.representative) return;
    report(
      org.loc,
      'missing',
      { organization: org.name, country: words(countryLabel(org.country)) },
      { path: ['country'] },
    );
  },
};
