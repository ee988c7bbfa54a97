import { consentRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './consent-no-withdrawal.md';
import { ruleDocs } from '../docs.js';

export const consentNoWithdrawal = consentRule(
  {
    id: 'consent-no-withdrawal',
    severity: 'error',
    group: 'lawfulness',
    source: 'Art 7(3)',
    helpUri: GDPR,
    description: 'consent without `consent.withdrawal`',
    docs: ruleDocs(docs),
  },
  'withdrawal',
  'how it is withdrawn (consent.withdrawal)',
);
