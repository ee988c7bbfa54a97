import { consentRelied } from '../../reference/lawfulness.js';
import { consentWording } from '../relations.js';
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
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const relied = consentRelied(purpose.lawful_basis, purpose.special_condition);
      if (relied.length === 0 || purpose.consent?.withdrawal) continue;
      report(
        purpose.loc,
        `purpose "${purpose.id}" relies on ${consentWording(relied)} but does not say how it is withdrawn (consent.withdrawal) (Art 7(3))`,
        purpose.consent ? ['consent'] : relied[0] === '6(1)(a)' ? ['lawful_basis'] : ['special_condition'],
      );
    }
  },
};
