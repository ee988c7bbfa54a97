import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-unbounded.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const retentionUnbounded: Rule<'indefinite' | 'noMaximum' | 'nothing'> = {
  id: 'retention-unbounded',
  severity: 'error',
  group: 'retention',
  source: 'Art 5(1)(e), Recital 39',
  helpUri: GDPR,
  description: '`duration: indefinite`, or only a `minimum`, or neither duration nor criteria',
  docs: ruleDocs(docs),
  messages: {
    indefinite: {
      text: 'category {category} is kept indefinitely: set a maximum retention period',
      cite: 'Art 5(1)(e)',
    },
    noMaximum: {
      text: 'category {category} is kept for at least {minimum} with no upper limit: set a maximum (duration)',
      cite: 'Art 5(1)(e)',
    },
    nothing: {
      text: 'category {category} has a retention rule with neither a duration nor criteria',
      cite: 'Art 5(1)(e)',
    },
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        const values = { category: category.id };
        if (rule.duration === 'indefinite') {
          report(category.loc, 'indefinite', values, { path: ['retention', i, 'duration'] });
        } else if (rule.duration === undefined && rule.minimum !== undefined) {
          report(
            category.loc,
            'noMaximum',
            { ...values, minimum: words(durationText(rule.minimum)) },
            { path: ['retention', i, 'minimum'] },
          );
        } else if (rule.duration === undefined && !rule.criteria) {
          report(category.loc, 'nothing', values, { path: ['retention', i] });
        }
      });
    }
  },
};
