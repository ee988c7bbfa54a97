import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './third-party-source.md';
import { ruleDocs } from '../docs.js';

export const thirdPartySource: Rule<'unnamed' | 'named'> = {
  id: 'third-party-source',
  severity: 'note',
  group: 'transfers',
  source: 'Art 14',
  helpUri: GDPR,
  description: 'data obtained from a third party: Art 14 information duties apply; names the source',
  docs: ruleDocs(docs),
  messages: {
    unnamed:
      'category {category} is obtained from a third party: the data subjects must be informed, including of the source',
    named:
      'category {category} is obtained from a third party ({from}): the data subjects must be informed, including of the source',
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.sources ?? []).forEach((source, i) => {
        if (source.type !== 'third-party') return;
        const from = source.from
          ? (inventory.byId.recipient.get(source.from)?.name ?? source.from)
          : undefined;
        report(
          category.loc,
          from === undefined ? 'unnamed' : 'named',
          { category: category.id, ...(from === undefined ? {} : { from }) },
          { path: ['sources', i] },
        );
      });
    }
  },
};
