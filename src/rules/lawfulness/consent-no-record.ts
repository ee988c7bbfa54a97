import { checkConsentField } from './consent-gap.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const consentNoRecord: Rule = {
  id: 'consent-no-record',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 7(1)',
  helpUri: GDPR,
  description: 'consent without `consent.record`',
  docs: `A purpose relies on consent but does not say where proof of consent is kept (\`consent.record\`).

**Why**: the controller must be able to demonstrate that the data subject consented (Art 7(1)).

**Fix**: say where consents are recorded.

\`\`\`yaml
purposes:
  - id: newsletter
    name: Newsletter
    lawful_basis: consent
    consent:
      record: Consent log in the mailing platform (date, form, wording shown)
      withdrawal: Unsubscribe link in every e-mail
\`\`\``,
  check(context) {
    checkConsentField(context, 'record', 'where consent is recorded (consent.record) (Art 7(1))');
  },
};
