import { monthsBefore } from '../../inventory/duration.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';
import docs from './record-stale.md';
import { ruleDocs } from '../docs.js';

export const recordStale: Rule = {
  id: 'record-stale',
  severity: 'note',
  group: 'hygiene',
  source: 'Art 5(2), 24(1)',
  helpUri: CNIL_RECORD,
  description: 'an entity or the organization with `reviewed` older than 12 months (or never reviewed)',
  docs: ruleDocs(docs),
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
