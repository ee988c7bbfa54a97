import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { CNIL_RECORD } from '../sources.js';
import docs from './retention-no-trigger.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const retentionNoTrigger: Rule<'noTrigger'> = {
  id: 'retention-no-trigger',
  severity: 'warning',
  group: 'retention',
  source: 'CNIL record model',
  helpUri: CNIL_RECORD,
  description: 'a duration with no `from` event',
  docs: ruleDocs(docs),
  messages: { noTrigger: 'category {category} is kept {duration} without saying from which event (from)' },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        if (rule.duration && rule.duration !== 'indefinite' && !rule.from)
          report(
            category.loc,
            'noTrigger',
            { category: category.id, duration: words(durationText(rule.duration)) },
            { path: ['retention', i, 'duration'] },
          );
      });
    }
  },
};
