import type { Rule } from '../rule.js';
import { EDPB_LEGITIMATE_INTEREST } from '../sources.js';
import docs from './legitimate-interest-no-assessment.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestNoAssessment: Rule = {
  id: 'legitimate-interest-no-assessment',
  severity: 'warning',
  group: 'lawfulness',
  source: 'EDPB Guidelines 1/2024',
  helpUri: EDPB_LEGITIMATE_INTEREST,
  description: 'legitimate interests without `lia`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const purpose of inventory.purposes) {
      if (purpose.lawful_basis === 'legitimate-interests' && !purpose.lia)
        report(
          purpose.loc,
          `purpose "${purpose.id}" relies on legitimate interests without an assessment (lia) (EDPB Guidelines 1/2024)`,
          ['lawful_basis'],
        );
    }
  },
};
