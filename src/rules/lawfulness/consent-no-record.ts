import { checkConsentField } from './consent-gap.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './consent-no-record.md';
import { ruleDocs } from '../docs.js';

export const consentNoRecord: Rule = {
  id: 'consent-no-record',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 7(1)',
  helpUri: GDPR,
  description: 'consent without `consent.record`',
  docs: ruleDocs(docs),
  check(context) {
    checkConsentField(context, 'record', 'where consent is recorded (consent.record) (Art 7(1))');
  },
};
