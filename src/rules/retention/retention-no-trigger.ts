import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';

export const retentionNoTrigger: Rule = {
  id: 'retention-no-trigger',
  severity: 'warning',
  group: 'retention',
  source: 'CNIL record model',
  helpUri: CNIL_RECORD,
  description: 'a duration with no `from` event',
  docs: `A retention rule has a \`duration\` but no \`from\`: the event the period runs from.

**Why**: "3 years" means nothing until one knows from when: collection, the last contact, the end of the contract, the close of the financial year. The CNIL's record model asks for the starting point, and erasure cannot be scheduled without it.

**Fix**: add \`from\`.

\`\`\`yaml
retention:
  - duration: P3Y
    from: last-contact
    then: delete
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        if (rule.duration && rule.duration !== 'indefinite' && !rule.from)
          report(
            category.loc,
            `category "${category.id}" is kept ${durationText(rule.duration)} without saying from which event (from) (CNIL record model)`,
            ['retention', i, 'duration'],
          );
      });
    }
  },
};
