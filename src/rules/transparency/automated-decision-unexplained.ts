import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const automatedDecisionUnexplained: Rule = {
  id: 'automated-decision-unexplained',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(f), 14(2)(g)',
  helpUri: GDPR,
  description: 'automated decisions with legal effect without `logic` and `consequences` for the notice',
  docs: `A purpose takes decisions based solely on automated processing with legal or similarly significant effect (\`automated_decisions.legal_effect: true\`) and does not state the \`logic\` involved or the \`consequences\` for the person.

**Why**: the notice must give meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing (Art 13(2)(f), 14(2)(g)).

**Fix**: state both, in words the person understands.

\`\`\`yaml
automated_decisions:
  description: Instant credit decision
  legal_effect: true
  exception: contract (Art 22(2)(a))
  safeguards: Review by an analyst on request
  logic: A score from your income, your debts and your repayment history
  consequences: A low score means the credit is refused online; you can ask for a review
\`\`\``,
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const decisions = purpose.automated_decisions;
      if (!decisions?.legal_effect) continue;
      const missing = [!decisions.logic && 'logic', !decisions.consequences && 'consequences'].filter(
        Boolean,
      );
      if (missing.length)
        report(
          purpose.loc,
          `purpose "${purpose.id}" takes automated decisions with legal effect without ${missing.join(' or ')} for the notice (Art 13(2)(f))`,
          ['automated_decisions'],
        );
    }
  },
};
