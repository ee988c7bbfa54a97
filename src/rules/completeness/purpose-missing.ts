import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const purposeMissing: Rule = {
  id: 'purpose-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(b), 5(1)(b)',
  helpUri: GDPR,
  description: 'category with no purpose',
  docs: `A data category lists no \`purposes\`.

**Why**: data may only be collected for specified, explicit purposes (Art 5(1)(b)), and the record states them (Art 30(1)(b)). Data held for no purpose should not be held.

**Fix**: reference the purposes the data serves, or stop collecting it.

\`\`\`yaml
category:
  id: identification
  name: Identification data
  purposes: [account-management]
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.purposes?.length)
        report(category.loc, `category "${category.id}" has no purpose (Art 30(1)(b), 5(1)(b))`, [
          'purposes',
        ]);
    }
  },
};
