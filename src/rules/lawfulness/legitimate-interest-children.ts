import { categoriesByPurpose, quotedList, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const legitimateInterestChildren: Rule = {
  id: 'legitimate-interest-children',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 6(1)(f)',
  helpUri: GDPR,
  description: 'legitimate interests over data of subjects marked `minors`',
  docs: `A purpose relies on legitimate interests and uses data of subjects that may include children (\`minors: true\`).

**Why**: Art 6(1)(f) gives the interests and rights of the data subject particular weight "in particular where the data subject is a child"; the balancing test rarely favours the controller then (Recital 38).

**Fix**: revisit the balancing in the assessment (\`lia\`) and say how children are protected, or choose another basis; if the assessment holds, waive the finding with its reference.

\`\`\`yaml
purposes:
  - id: game-analytics
    name: Game analytics
    lawful_basis: consent
    consent: { record: consent-log, withdrawal: Settings > Privacy }
\`\`\``,
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis !== 'legitimate-interests') continue;
      const minors = subjectsOfPurpose(inventory, byPurpose.get(purpose.id) ?? []).filter((s) => s.minors);
      if (minors.length)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests over data of ${quotedList(minors.map((s) => s.id))}, who may be children: their interests weigh more (Art 6(1)(f))`,
          ['lawful_basis'],
        );
    }
  },
};
