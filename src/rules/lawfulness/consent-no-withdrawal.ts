import { checkConsentField } from './consent-gap.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const consentNoWithdrawal: Rule = {
  id: 'consent-no-withdrawal',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 7(3)',
  helpUri: GDPR,
  description: 'consent without `consent.withdrawal`',
  docs: `A purpose relies on consent but does not say how consent is withdrawn (\`consent.withdrawal\`).

**Why**: the data subject can withdraw consent at any time, and withdrawing must be as easy as giving it (Art 7(3)).

**Fix**: describe the way to withdraw.

\`\`\`yaml
purposes:
  - id: newsletter
    name: Newsletter
    lawful_basis: consent
    consent:
      record: Consent log in the mailing platform
      withdrawal: Unsubscribe link in every e-mail
\`\`\``,
  check(context) {
    checkConsentField(context, 'withdrawal', 'how it is withdrawn (consent.withdrawal) (Art 7(3))');
  },
};
