import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';
import docs from './retention-no-trigger.md';
import { ruleDocs } from '../docs.js';

export const retentionNoTrigger: Rule = {
  id: 'retention-no-trigger',
  severity: 'warning',
  group: 'retention',
  source: 'CNIL record model',
  helpUri: CNIL_RECORD,
  description: 'a duration with no `from` event',
  docs: ruleDocs(docs),
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
