import { consentRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './consent-no-record.md';
import { ruleDocs } from '../docs.js';

export const consentNoRecord = consentRule(
  {
    id: 'consent-no-record',
    severity: 'warning',
    group: 'lawfulness',
    source: 'Art 7(1)',
    helpUri: GDPR,
    description: 'consent without `consent.record`',
    docs: ruleDocs(docs),
  },
  'record',
  'where consent is recorded (consent.record)',
);
