import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import docs from './waiver-expired.md';
import { ruleDocs } from '../docs.js';

export const waiverExpired: Rule = {
  id: 'waiver-expired',
  severity: 'warning',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver whose `until` date has passed',
  docs: ruleDocs(docs),
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
