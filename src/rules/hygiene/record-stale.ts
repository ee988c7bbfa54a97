import { monthsBefore } from '../../inventory/duration.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';
import docs from './record-stale.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const recordStale: Rule<'never' | 'stale'> = {
  id: 'record-stale',
  severity: 'note',
  group: 'hygiene',
  source: 'Art 5(2), 24(1)',
  helpUri: CNIL_RECORD,
  description: 'an entity or the organization with `reviewed` older than 12 months (or never reviewed)',
  docs: ruleDocs(docs),
  messages: {
    never: { text: 'organization {organization} has never been reviewed (reviewed)', cite: 'Art 5(2)' },
    stale: { text: '{entity} was last reviewed on {reviewed}, more than 12 months ago', cite: 'Art 5(2)' },
  },
  check({ inventory, today, report }) {
    const since = monthsBefore(today, 12);
    const org = inventory.organization;
    if (org && !org.reviewed) report(org.loc, 'never', { organization: org.name });
    for (const { entity, label } of labelledEntities(inventory)) {
      if (entity.reviewed && entity.reviewed < since)
        report(
          entity.loc,
          'stale',
          { entity: label, reviewed: words(entity.reviewed) },
          { path: ['reviewed'] },
        );
    }
  },
};
