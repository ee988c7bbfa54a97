import { purposeRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './lawful-basis-missing.md';
import { ruleDocs } from '../docs.js';

export const lawfulBasisMissing = purposeRule(
  {
    id: 'lawful-basis-missing',
    severity: 'error',
    group: 'lawfulness',
    source: 'Art 6(1)',
    helpUri: GDPR,
    description: 'purpose without `lawful_basis`',
    docs: ruleDocs(docs),
  },
  'purpose {purpose} has no lawful basis',
  (purpose) => (purpose.lawful_basis ? undefined : { path: ['lawful_basis'] }),
);
