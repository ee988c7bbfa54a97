import { lawfulBasisOf } from '../../reference/lawfulness.js';
import { words } from '../message.js';
import { purposeRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './legal-obligation-no-reference.md';
import { ruleDocs } from '../docs.js';

export const legalObligationNoReference = purposeRule(
  {
    id: 'legal-obligation-no-reference',
    severity: 'warning',
    group: 'lawfulness',
    source: 'Art 6(3)',
    helpUri: GDPR,
    description: 'legal-obligation or public-task without `legal_reference`',
    docs: ruleDocs(docs),
  },
  // the basis's own article when the reference data gives one
  { text: 'purpose {purpose} relies on {basis} but names no law (legal_reference)', cite: 'Art {article}' },
  (purpose) => {
    const basis = purpose.lawful_basis ? lawfulBasisOf(purpose.lawful_basis) : undefined;
    if (!basis?.needs_law || purpose.legal_reference) return undefined;
    return {
      path: ['lawful_basis'],
      values: { basis: words(purpose.lawful_basis!), article: words(basis.law_article ?? '6(3)') },
    };
  },
);
