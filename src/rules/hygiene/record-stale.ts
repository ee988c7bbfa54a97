import { monthsBefore } from '../../inventory/duration.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';

export const recordStale: Rule = {
  id: 'record-stale',
  severity: 'note',
  group: 'hygiene',
  source: 'Art 5(2), 24(1)',
  helpUri: CNIL_RECORD,
  description: 'an entity or the organization with `reviewed` older than 12 months (or never reviewed)',
  docs: `An entity (the organization, a subject, purpose, recipient, system or category) has no \`reviewed\` date, or one more than 12 months before today (\`today\` in the configuration fixes "today").

**Why**: the record is kept up to date (Art 24(1): measures are reviewed and updated where necessary); a yearly review is what the authorities expect, and a dated review shows accountability (Art 5(2)).

**Fix**: review the entry and set \`reviewed\`.

\`\`\`yaml
organization:
  name: Example SAS
  reviewed: 2026-03-01
\`\`\``,
  check({ inventory, today, report }) {
    const since = monthsBefore(today, 12);
    for (const { entity, label } of labelledEntities(inventory)) {
      if (!entity.reviewed) report(entity.loc, `${label} has never been reviewed (reviewed) (Art 5(2))`);
      else if (entity.reviewed < since)
        report(
          entity.loc,
          `${label} was last reviewed on ${entity.reviewed}, more than 12 months ago (Art 5(2))`,
          ['reviewed'],
        );
    }
  },
};
