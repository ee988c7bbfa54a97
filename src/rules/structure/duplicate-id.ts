import type { Rule } from '../rule.js';

/** Reported by the loader; this module holds its metadata and documentation. */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  group: 'structure',
  blocks: 'model',
  source: 'ropa inventory format',
  description: 'two entities of one kind with the same id (both places shown)',
  docs: `Two subjects, purposes, recipients, systems or categories share an id. Both places are reported.

**Why**: references use ids; with two entities behind one id, the record would attach data to the wrong one.

**Fix**: rename one of them, and update the references that meant it.

\`\`\`yaml
subjects:
  - { id: customer, name: Customers }
  - { id: customer-contact, name: Contacts at customers }
\`\`\``,
};
