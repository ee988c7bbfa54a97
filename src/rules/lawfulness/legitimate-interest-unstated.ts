import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-unstated.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestUnstated: Rule = {
  id: 'legitimate-interest-unstated',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 6(1)(f), 13(1)(d)',
  helpUri: GDPR,
  description: 'legitimate interests without `legitimate_interest`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis === 'legitimate-interests' && !purpose.legitimate_interest)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests without stating the interest (legitimate_interest) (Art 6(1)(f), 13(1)(d))`,
          ['lawful_basis'],
        );
    }
  },
};
