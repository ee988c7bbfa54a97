import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const dataItemsMissing: Rule = {
  id: 'data-items-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 30(1)(c)',
  helpUri: GDPR,
  description: 'category with no data items',
  docs: `A data category lists no \`data\` items.

**Why**: the record describes the categories of personal data (Art 30(1)(c)); a name alone rarely says what is held, and data minimisation (Art 5(1)(c)) cannot be judged without the items.

**Fix**: list the data items.

\`\`\`yaml
category:
  id: identification
  name: Identification data
  data: [surname, first name, e-mail address]
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (!category.data?.length)
        report(category.loc, `category "${category.id}" lists no data items (Art 30(1)(c))`, ['data']);
    }
  },
};
