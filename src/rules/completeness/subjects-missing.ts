import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const subjectsMissing: Rule = {
  id: 'subjects-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'category with no subjects',
  docs: `A data category lists no \`subjects\`: whose data it is is not stated.

**Why**: the record describes the categories of data subjects (Art 30(1)(c)); without them no one can answer an access or erasure request from the data map.

**Fix**: reference the subjects the data is about.

\`\`\`yaml
category:
  id: identification
  name: Identification data
  subjects: [customer, prospect]
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.subjects?.length)
        report(category.loc, `category "${category.id}" has no data subjects (Art 30(1)(c))`, ['subjects']);
    }
  },
};
