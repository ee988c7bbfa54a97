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
  docs: `The organization has no \`reviewed\` date, or the organization or an entity (subject, purpose, recipient, system, category) has one more than 12 months before today (\`today\` in the configuration fixes "today"). An entity without a date of its own is reviewed with the whole record, that is with the organization: date entities when they are reviewed on their own.

**Why**: the record is kept up to date (Art 24(1): measures are reviewed and updated where necessary); a yearly review is what the authorities expect, and a dated review shows accountability (Art 5(2)).

**Fix**: review the entry and set \`reviewed\`.

\`\`\`yaml
organization:
  name: Example SAS
  reviewed: 2026-03-01
\`\`\``,
  check({ inventory, today, report }) {
    const since = monthsBefore(today, 12);
    const org = inventory.organization;
    if (org && !org.reviewed)
      report(org.loc, `organization "${org.name}" has never been reviewed (reviewed) (Art 5(2))`);
    for (const { entity, label } of labelledEntities(inventory)) {
      if (entity.reviewed && entity.reviewed < since)
        report(
          entity.loc,
          `${label} was last reviewed on ${entity.reviewed}, more than 12 months ago (Art 5(2))`,
          ['reviewed'],
        );
    }
  },
};
