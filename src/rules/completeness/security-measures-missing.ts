import { quotedList } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './security-measures-missing.md';
import { ruleDocs } from '../docs.js';

export const securityMeasuresMissing: Rule = {
  id: 'security-measures-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(g), 32',
  helpUri: GDPR,
  description: 'category with no measures of its own, of its systems or of the organization',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const org = inventory.organization;
    if (org?.security_measures?.length) return;
    const uncovered = inventory.categories.filter((category) => {
      if (category.security_measures?.length) return false;
      const systems = (category.systems ?? []).flatMap((id) => inventory.byId.system.get(id) ?? []);
      return !systems.some((system) => system.security_measures?.length);
    });
    if (uncovered.length === 0) return;
    // one gap, where the fix is: organisation-wide measures answer every category at once
    if (org) {
      report(
        org.loc,
        `organization "${org.name}" states no security measures, and ${uncovered.length === 1 ? 'category' : 'categories'} ${quotedList(uncovered.map((c) => c.id))} ${uncovered.length === 1 ? 'has' : 'have'} none of ${uncovered.length === 1 ? 'its' : 'their'} own or of ${uncovered.length === 1 ? 'its' : 'their'} systems (Art 30(1)(g), 32)`,
        ['security_measures'],
      );
      return;
    }
    for (const category of uncovered)
      report(
        category.loc,
        `category "${category.id}" has no security measures of its own, of its systems or of the organization (Art 30(1)(g), 32)`,
        ['security_measures'],
      );
  },
};
