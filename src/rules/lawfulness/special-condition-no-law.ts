import { artNineConditionOf } from '../../reference/lawfulness.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './special-condition-no-law.md';
import { ruleDocs } from '../docs.js';

export const specialConditionNoLaw: Rule = {
  id: 'special-condition-no-law',
  severity: 'warning',
  group: 'lawfulness',
  source: 'Art 9(2)',
  helpUri: GDPR,
  description: 'Art 9(2)(b)(g)(h)(i)(j) condition without `legal_reference`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      const condition = purpose.special_condition ? artNineConditionOf(purpose.special_condition) : undefined;
      if (condition?.needs_law && !purpose.legal_reference)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on the Art ${condition.article} condition ${purpose.special_condition}, which needs a law, but names none (legal_reference) (Art 9(2))`,
          ['special_condition'],
        );
    }
  },
};
