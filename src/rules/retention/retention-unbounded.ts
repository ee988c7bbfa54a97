import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const retentionUnbounded: Rule = {
  id: 'retention-unbounded',
  severity: 'error',
  group: 'retention',
  source: 'Art 5(1)(e), Recital 39',
  helpUri: GDPR,
  description: '`duration: indefinite`, or only a `minimum`, or neither duration nor criteria',
  docs: `A retention rule sets no upper limit: its \`duration\` is \`indefinite\`, it gives only a \`minimum\` (a floor, not a limit), or it has neither a \`duration\` nor the \`criteria\` that determine the period.

**Why**: personal data is kept no longer than necessary for its purposes (Art 5(1)(e)); "time limits should be established by the controller for erasure or for a periodic review" (Recital 39). A legal minimum says how long data must be kept, not when it must go.

**Fix**: give the maximum, from a stated event, and what happens then.

\`\`\`yaml
retention:
  - duration: P10Y
    minimum: P10Y
    from: end-of-financial-year
    then: delete
    legal_reference: Code de commerce, art. L123-22
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        const name = `category "${category.id}"`;
        if (rule.duration === 'indefinite') {
          report(category.loc, `${name} is kept indefinitely: set a maximum retention period (Art 5(1)(e))`, [
            'retention',
            i,
            'duration',
          ]);
        } else if (rule.duration === undefined && rule.minimum !== undefined) {
          report(
            category.loc,
            `${name} is kept for at least ${durationText(rule.minimum)} with no upper limit: set a maximum (duration) (Art 5(1)(e))`,
            ['retention', i, 'minimum'],
          );
        } else if (rule.duration === undefined && !rule.criteria) {
          report(
            category.loc,
            `${name} has a retention rule with neither a duration nor criteria (Art 5(1)(e))`,
            ['retention', i],
          );
        }
      });
    }
  },
};
