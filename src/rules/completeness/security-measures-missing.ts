import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './security-measures-missing.md';
import { ruleDocs } from '../docs.js';

export const securityMeasuresMissing: Rule<'organizationOne' | 'organizationMany' | 'category'> = {
  id: 'security-measures-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(g), 32',
  helpUri: GDPR,
  description: 'category with no measures of its own, of its systems or of the organization',
  docs: ruleDocs(docs),
  messages: {
    organizationOne:
      'organization {organization} states no security measures, and category {categories} has none of its own or of its systems',
    organizationMany:
      'organization {organization} states no security measures, and categories {categories} have none of their own or of their systems',
    category:
      'category {category} has no security measures of its own, of its systems or of the organization',
  },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (org?.security_measures?.length) return;
    const uncovered = inventory.categories.filter((category) => {
      if (category.security_measures?.length) return false;
      const systems = (category.systems ?? []).flatMap((id) => inventory.byId.system.get(id) ?? []);
      return !systems.some((system) => system.security_measures?.length);
    });
    if (uncovered.length === 0) return;
    const path = ['security_measures'];
    // one gap, where the fix is: organisation-wide measures answer every category at once
    if (org) {
      const categories = uncovered.map((c) => c.id);
      report(
        org.loc,
        categories.length === 1 ? 'organizationOne' : 'organizationMany',
        { organization: org.name, categories },
        { path },
      );
      return;
    }
    for (const category of uncovered) report(category.loc, 'category', { category: category.id }, { path });
  },
};
