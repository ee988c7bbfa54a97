import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const recipientsMissing: Rule = {
  id: 'recipients-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 30(1)(d)',
  helpUri: GDPR,
  description: 'category without a `recipients` key (an explicit empty list is an answer)',
  docs: `A data category has no \`recipients\` key, so the record cannot say who receives the data.

**Why**: the record lists the categories of recipients to whom the data are disclosed, including in third countries (Art 30(1)(d)). \`recipients: []\` is a valid answer: nobody outside the controller receives it.

**Fix**: list the recipients (internal teams included), or write an empty list.

\`\`\`yaml
category:
  id: identification
  name: Identification data
  recipients: [staff, crm-provider]
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      if (category.recipients === undefined)
        report(
          category.loc,
          `category "${category.id}" does not say who receives it (recipients) (Art 30(1)(d))`,
          ['recipients'],
        );
    }
  },
};
