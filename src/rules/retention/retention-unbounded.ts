import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-unbounded.md';
import { ruleDocs } from '../docs.js';

export const retentionUnbounded: Rule = {
  id: 'retention-unbounded',
  severity: 'error',
  group: 'retention',
  source: 'Art 5(1)(e), Recital 39',
  helpUri: GDPR,
  description: '`duration: indefinite`, or only a `minimum`, or neither duration nor criteria',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        const name = `category "${category.id}"`;
        if (rule.duration === 'indefinite') {
          report(category.loc, `${name} is kept indefinitely: set a maximum retention period (Art 5(1)(e))`, [
            'retention',
            i,
            'duration',
          ]);
        } else if (rule.duration === undefined && rule.minimum !== undefined) {
          report(
            category.loc,
            `${name} is kept for at least ${durationText(rule.minimum)} with no upper limit: set a maximum (duration) (Art 5(1)(e))`,
            ['retention', i, 'minimum'],
          );
        } else if (rule.duration === undefined && !rule.criteria) {
          report(
            category.loc,
            `${name} has a retention rule with neither a duration nor criteria (Art 5(1)(e))`,
            ['retention', i],
          );
        }
      });
    }
  },
};
