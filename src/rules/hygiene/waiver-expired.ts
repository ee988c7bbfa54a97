import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';

export const waiverExpired: Rule = {
  id: 'waiver-expired',
  severity: 'warning',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver whose `until` date has passed',
  docs: `A waiver's \`until\` date is before today: it no longer applies, so the finding it accepted is reported again.

**Why**: a waiver is a dated acceptance of a gap; when the date passes the decision has to be taken again.

**Fix**: fix the gap and remove the waiver, or renew it with a new date and approval.

\`\`\`yaml
waivers:
  - rule: transfer-no-tia
    reason: TIA in progress with the provider
    until: 2026-06-30
    approved_by: DPO
\`\`\``,
  check({ inventory, today, report }) {
    for (const { entity, label } of labelledEntities(inventory)) {
      (entity.waivers ?? []).forEach((waiver, i) => {
        if (waiver.until !== undefined && waiver.until < today)
          report(
            entity.loc,
            `the waiver of ${waiver.rule} on ${label} expired on ${waiver.until}; the finding applies again`,
            ['waivers', i, 'until'],
          );
      });
    }
  },
};
