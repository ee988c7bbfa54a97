import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './provision-requirement-missing.md';
import { ruleDocs } from '../docs.js';

export const provisionRequirementMissing: Rule<'unsaid' | 'requirement' | 'obliged' | 'consequences'> = {
  id: 'provision-requirement-missing',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(e)',
  helpUri: GDPR,
  description:
    'a purpose using data people give (a `direct` source) without `provision`: whether they must give it, and what if not',
  docs: ruleDocs(docs),
  messages: {
    unsaid:
      'purpose {purpose} uses data people give (category {category}) without saying whether they must give it and what happens if they do not',
    requirement:
      'purpose {purpose}: provision does not say whether the data is a statutory or contractual requirement, needed to enter into a contract, or voluntary',
    obliged: 'purpose {purpose}: provision does not say whether people are obliged to give the data',
    consequences: 'purpose {purpose}: provision does not say what happens if people do not give the data',
  },
  check({ inventory, report }) {
    const direct = new Map<string, string>();
    for (const category of inventory.categories) {
      if (!(category.sources ?? []).some((source) => source.type === 'direct')) continue;
      for (const id of category.purposes ?? []) if (!direct.has(id)) direct.set(id, category.id);
    }
    for (const purpose of inventory.purposes) {
      const category = direct.get(purpose.id);
      if (category === undefined) continue;
      const values = { purpose: purpose.id };
      const provision = purpose.provision;
      if (provision === undefined) {
        report(purpose.loc, 'unsaid', { ...values, category }, { path: ['provision'] });
        continue;
      }
      if (provision.requirement === undefined)
        report(purpose.loc, 'requirement', values, { path: ['provision', 'requirement'] });
      const voluntary = provision.requirement === 'voluntary';
      if (provision.obliged === undefined && !voluntary)
        report(purpose.loc, 'obliged', values, { path: ['provision', 'obliged'] });
      if (provision.obliged === true && provision.consequences === undefined)
        report(purpose.loc, 'consequences', values, { path: ['provision', 'consequences'] });
    }
  },
};
