import type { Rule } from '../rule.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  severity: 'error',
  group: 'structure',
  blocks: 'references',
  source: 'ropa inventory format',
  description: 'a reference to an id that no entity of that kind has (with "did you mean")',
  docs: `A category, purpose, system or retention rule names a subject, purpose, recipient or system id that the inventory does not define, or a narrowed disclosure names a data item its category does not hold.

**Why**: a dangling reference is a data flow the record cannot describe.

**Fix**: correct the id (a suggestion is given when one is close), or define the missing entity.

\`\`\`yaml
category:
  id: accounting
  name: Accounting data
  recipients: [bnp-paribas]   # must be the id of a recipient
\`\`\``,
};
