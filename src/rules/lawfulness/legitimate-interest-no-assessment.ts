import { purposeRule } from './purpose-rule.js';
import { EDPB_LEGITIMATE_INTEREST } from '../sources.js';
import docs from './legitimate-interest-no-assessment.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestNoAssessment = purposeRule(
  {
    id: 'legitimate-interest-no-assessment',
    severity: 'warning',
    group: 'lawfulness',
    source: 'EDPB Guidelines 1/2024',
    helpUri: EDPB_LEGITIMATE_INTEREST,
    description: 'legitimate interests without `lia`',
    docs: ruleDocs(docs),
  },
  'purpose {purpose} relies on legitimate interests without an assessment (lia)',
  (purpose) =>
    purpose.lawful_basis === 'legitimate-interests' && !purpose.lia ? { path: ['lawful_basis'] } : undefined,
);
