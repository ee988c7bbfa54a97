import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const automatedDecisionNoSafeguards: Rule = {
  id: 'automated-decision-no-safeguards',
  severity: 'error',
  group: 'risk',
  source: 'Art 22(2), 22(3)',
  helpUri: GDPR,
  description: 'automated decisions with legal effect without `exception` and `safeguards`',
  docs: `A purpose takes decisions based solely on automated processing with legal or similarly significant effect (\`automated_decisions.legal_effect: true\`) and does not state the \`exception\` that permits it or the \`safeguards\`.

**Why**: such decisions are prohibited unless necessary for a contract, authorised by law, or based on explicit consent (Art 22(2)); in the first and last cases the data subject has at least the right to human intervention, to express their view and to contest the decision (Art 22(3)).

**Fix**: state the exception and the safeguards.

\`\`\`yaml
automated_decisions:
  description: Instant credit decision
  legal_effect: true
  exception: contract (Art 22(2)(a))
  safeguards: Review by an analyst on request; the applicant can contest by e-mail
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const decisions = purpose.automated_decisions;
      if (!decisions?.legal_effect) continue;
      const missing = [!decisions.exception && 'exception', !decisions.safeguards && 'safeguards'].filter(
        Boolean,
      );
      if (missing.length)
        report(
          purpose.loc,
          `purpose "${purpose.id}" takes automated decisions with legal effect without ${missing.join(' or ')} (Art 22(2), 22(3))`,
          ['automated_decisions'],
        );
    }
  },
};
