import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-criteria-vague.md';
import { ruleDocs } from '../docs.js';

/** "as long as necessary", "as long as it is needed"...: a phrase that names no period nor any event. */
const VAGUE = /\bas long as (?:(?:it|they) (?:is|are) )?(?:necessary|needed|required|useful|appropriate)\b/i;

export const retentionCriteriaVague: Rule<'vague'> = {
  id: 'retention-criteria-vague',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(a), 14(2)(a); WP260 rev.01',
  helpUri: GDPR,
  description:
    'retention `criteria` that only say "as long as necessary" (no duration, no number): no answer for a notice',
  docs: ruleDocs(docs),
  messages: {
    vague: {
      text: 'category {category}: retention criteria "as long as necessary" give no period a reader can work out',
      cite: 'Art 13(2)(a)',
    },
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        const criteria = rule.criteria;
        if (rule.duration !== undefined || criteria === undefined) return;
        if (!VAGUE.test(criteria) || /\d/.test(criteria)) return;
        report(category.loc, 'vague', { category: category.id }, { path: ['retention', i, 'criteria'] });
      });
    }
  },
};
