import { checkConsentField } from './consent-gap.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './consent-no-withdrawal.md';
import { ruleDocs } from '../docs.js';

export const consentNoWithdrawal: Rule = {
  id: 'consent-no-withdrawal',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 7(3)',
  helpUri: GDPR,
  description: 'consent without `consent.withdrawal`',
  docs: ruleDocs(docs),
  check(context) {
    checkConsentField(context, 'withdrawal', 'how it is withdrawn (consent.withdrawal) (Art 7(3))');
  },
};
