import { lawfulBasisOf } from '../../reference/lawfulness.js';
import { words } from '../message.js';
import { purposeRule } from './purpose-rule.js';
import { GDPR } from '../sources.js';
import docs from './legitimate-interest-public-authority.md';
import { ruleDocs } from '../docs.js';

export const legitimateInterestPublicAuthority = purposeRule(
  {
    id: 'legitimate-interest-public-authority',
    severity: 'error',
    group: 'lawfulness',
    source: 'Art 6(1) second subparagraph',
    helpUri: GDPR,
    description: 'legitimate interests used by a public authority',
    docs: ruleDocs(docs),
  },
  'purpose {purpose} relies on {basis}, which a public authority cannot use for its tasks',
  (purpose, inventory) => {
    if (!inventory.organization?.public_authority) return undefined;
    const basis = purpose.lawful_basis ? lawfulBasisOf(purpose.lawful_basis) : undefined;
    if (basis?.available_to_public_authorities !== false) return undefined;
    return { path: ['lawful_basis'], values: { basis: words(purpose.lawful_basis!) } };
  },
);
