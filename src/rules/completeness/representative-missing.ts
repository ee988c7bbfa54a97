import { countryLabel, inEea } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './representative-missing.md';
import { ruleDocs } from '../docs.js';

export const representativeMissing: Rule = {
  id: 'representative-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 27, 30(1)(a)',
  helpUri: GDPR,
  description: 'organization outside the EEA without a representative',
  docs: ruleDocs(docs),
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
