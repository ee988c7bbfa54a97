import { didYouMean } from '../../inventory/did-you-mean.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';

export const waiverUnknownRule: Rule = {
  id: 'waiver-unknown-rule',
  severity: 'error',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver for a rule id that does not exist',
  docs: `A waiver names a rule that ropa does not have (\`ropa rules\` lists them); a suggestion is given when one is close.

**Why**: a waiver with a mistyped rule waives nothing, so the finding it was meant to accept still fails the run, or a later rule of that name would be waived by accident.

**Fix**: correct the rule id.

\`\`\`yaml
waivers:
  - rule: retention-no-trigger   # not "retention-no-start"
    reason: Deleted on request only; no fixed event
    approved_by: DPO
\`\`\``,
  check({ inventory, ruleIds, report }) {
    for (const { entity, label } of labelledEntities(inventory)) {
      (entity.waivers ?? []).forEach((waiver, i) => {
        if (!ruleIds.has(waiver.rule))
          report(
            entity.loc,
            `a waiver on ${label} names no known rule "${waiver.rule}"${didYouMean(waiver.rule, ruleIds)}`,
            ['waivers', i, 'rule'],
          );
      });
    }
  },
};
