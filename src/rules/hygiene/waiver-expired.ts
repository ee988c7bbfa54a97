import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import docs from './waiver-expired.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

export const waiverExpired: Rule<'expired'> = {
  id: 'waiver-expired',
  severity: 'warning',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver whose `until` date has passed',
  docs: ruleDocs(docs),
  messages: {
    expired: uncited('the waiver of {rule} on {entity} expired on {until}; the finding applies again'),
  },
  check({ inventory, today, report }) {
    for (const { entity, label } of labelledEntities(inventory)) {
      (entity.waivers ?? []).forEach((waiver, i) => {
        if (waiver.until !== undefined && waiver.until < today)
          report(
            entity.loc,
            'expired',
            { rule: waiver.rule, entity: label, until: words(waiver.until) },
            { path: ['waivers', i, 'until'] },
          );
      });
    }
  },
};
