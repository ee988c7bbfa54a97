import { purposeRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-unstated.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestUnstated = purposeRule(
  {
    id: 'legitimate-interest-unstated',
    severity: 'error',
    group: 'lawfulness',
    source: 'Art 6(1)(f), 13(1)(d)',
    helpUri: GDPR,
    description: 'legitimate interests without `legitimate_interest`',
    docs: ruleDocs(docs),
  },
  'purpose {purpose} relies on legitimate interests without stating the interest (legitimate_interest)',
  (purpose) =>
    purpose.lawful_basis === 'legitimate-interests' && !purpose.legitimate_interest
      ? { path: ['lawful_basis'] }
      : undefined,
);
