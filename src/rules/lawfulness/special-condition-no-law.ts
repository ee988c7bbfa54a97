import { artNineConditionOf } from '../../reference/lawfulness.js';
import { words } from '../message.js';
import { purposeRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './special-condition-no-law.md';
import { ruleDocs } from '../docs.js';

export const specialConditionNoLaw = purposeRule(
  {
    id: 'special-condition-no-law',
    severity: 'warning',
    group: 'lawfulness',
    source: 'Art 9(2)',
    helpUri: GDPR,
    description: 'Art 9(2)(b)(g)(h)(i)(j) condition without `legal_reference`',
    docs: ruleDocs(docs),
  },
  'purpose {purpose} relies on the Art {article} condition {condition}, which needs a law, but names none (legal_reference)',
  (purpose) => {
    const condition = purpose.special_condition ? artNineConditionOf(purpose.special_condition) : undefined;
    if (!condition?.needs_law || purpose.legal_reference) return undefined;
    return {
      path: ['special_condition'],
      values: { article: words(condition.article), condition: words(purpose.special_condition!) },
    };
  },
);
