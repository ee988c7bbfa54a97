import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

/** "as long as necessary", "as long as it is needed"...: a phrase that names no period nor any event. */
const VAGUE = /\bas long as (?:(?:it|they) (?:is|are) )?(?:necessary|needed|required|useful|appropriate)\b/i;

export const retentionCriteriaVague: Rule = {
  id: 'retention-criteria-vague',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(a), 14(2)(a); WP260 rev.01',
  helpUri: GDPR,
  description:
    'retention `criteria` that only say "as long as necessary" (no duration, no number): no answer for a notice',
  docs: `A retention rule has no \`duration\` and its \`criteria\` say "as long as necessary" (or needed, required, useful, appropriate) with no number in them: nothing a reader could work a date out from.

**Why**: the notice must give the period, or the criteria used to determine it (Art 13(2)(a), 14(2)(a)). The EDPB transparency guidelines (WP260 rev.01, Annex) say that it is not sufficient to state generically that data will be kept as long as necessary for the legitimate purposes of the processing.

**Fix**: give a duration from an event, or criteria a reader can apply.

\`\`\`yaml
retention:
  - criteria: Until the support request is closed, then 12 months for follow-up questions
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        const criteria = rule.criteria;
        if (rule.duration !== undefined || criteria === undefined) return;
        if (!VAGUE.test(criteria) || /\d/.test(criteria)) return;
        report(
          category.loc,
          `category "${category.id}": retention criteria "as long as necessary" give no period a reader can work out (Art 13(2)(a))`,
          ['retention', i, 'criteria'],
        );
      });
    }
  },
};
