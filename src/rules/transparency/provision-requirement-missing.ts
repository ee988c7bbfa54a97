import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './provision-requirement-missing.md';
import { ruleDocs } from '../docs.js';

export const provisionRequirementMissing: Rule = {
  id: 'provision-requirement-missing',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(e)',
  helpUri: GDPR,
  description:
    'a purpose using data people give (a `direct` source) without `provision`: whether they must give it, and what if not',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const direct = new Map<string, string>();
    for (const category of inventory.categories) {
      if (!(category.sources ?? []).some((source) => source.type === 'direct')) continue;
      for (const id of category.purposes ?? []) if (!direct.has(id)) direct.set(id, category.id);
    }
    for (const purpose of inventory.purposes) {
      const category = direct.get(purpose.id);
      if (category === undefined) continue;
      const name = `purpose "${purpose.id}"`;
      const provision = purpose.provision;
      if (provision === undefined) {
        report(
          purpose.loc,
          `${name} uses data people give (category "${category}") without saying whether they must give it and what happens if they do not (Art 13(2)(e))`,
          ['provision'],
        );
        continue;
      }
      if (provision.requirement === undefined)
        report(
          purpose.loc,
          `${name}: provision does not say whether the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary (Art 13(2)(e))`,
          ['provision', 'requirement'],
        );
      const voluntary = provision.requirement === 'voluntary';
      if (provision.obliged === undefined && !voluntary)
        report(
          purpose.loc,
          `${name}: provision does not say whether people are obliged to give the data (Art 13(2)(e))`,
          ['provision', 'obliged'],
        );
      if (provision.obliged === true && provision.consequences === undefined)
        report(
          purpose.loc,
          `${name}: provision does not say what happens if people do not give the data (Art 13(2)(e))`,
          ['provision', 'consequences'],
        );
    }
  },
};
