import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const securityMeasuresMissing: Rule = {
  id: 'security-measures-missing',
  severity: 'error',
  group: 'completeness',
  source: 'Art 30(1)(g), 32',
  helpUri: GDPR,
  description: 'category with no measures of its own, of its systems or of the organization',
  docs: `No security measure applies to a data category: it has no \`security_measures\`, none of its \`systems\` has any, and the organization lists none.

**Why**: the record gives, where possible, a general description of the technical and organisational security measures (Art 30(1)(g), Art 32).

**Fix**: describe the measures where they apply: organisation-wide, per system, or per category.

\`\`\`yaml
organization:
  name: Example SAS
  security_measures: [access control by role, encrypted backups, staff confidentiality clauses]
\`\`\``,
  check({ inventory, report }) {
    if (inventory.organization?.security_measures?.length) return;
    for (const category of inventory.categories) {
      if (category.security_measures?.length) continue;
      const systems = (category.systems ?? []).flatMap((id) => inventory.byId.system.get(id) ?? []);
      if (systems.some((system) => system.security_measures?.length)) continue;
      report(
        category.loc,
        `category "${category.id}" has no security measures of its own, of its systems or of the organization (Art 30(1)(g), 32)`,
        ['security_measures'],
      );
    }
  },
};
