import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const thirdPartySource: Rule = {
  id: 'third-party-source',
  severity: 'note',
  group: 'transfers',
  source: 'Art 14',
  helpUri: GDPR,
  description: 'data obtained from a third party: Art 14 information duties apply; names the source',
  docs: `A data category has a source of type \`third-party\`. This is a reminder, not a gap.

**Why**: when data is not obtained from the data subject, the controller informs them within a month, including of the source (Art 14(2)(f), 14(3)).

**Fix**: make sure the privacy notice covers Art 14 and names the source; waive the note with a reference to the notice if you like.

\`\`\`yaml
sources:
  - type: third-party
    from: lead-provider
    description: Leads bought from a list provider; informed at first contact (privacy notice, section 4)
\`\`\``,
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.sources ?? []).forEach((source, i) => {
        if (source.type !== 'third-party') return;
        const from = source.from
          ? (inventory.byId.recipient.get(source.from)?.name ?? source.from)
          : undefined;
        report(
          category.loc,
          `category "${category.id}" is obtained from a third party${from ? ` (${from})` : ''}: the data subjects must be informed, including of the source (Art 14)`,
          ['sources', i],
        );
      });
    }
  },
};
