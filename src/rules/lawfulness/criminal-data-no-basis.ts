import { categoriesByPurpose, quotedList } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const criminalDataNoBasis: Rule = {
  id: 'criminal-data-no-basis',
  severity: 'error',
  group: 'lawfulness',
  source: 'Art 10',
  helpUri: GDPR,
  description: '`criminal: true` used by a purpose without `criminal_basis`',
  docs: `A purpose uses a data category marked \`criminal: true\` (criminal convictions and offences) and states no \`criminal_basis\`.

**Why**: such data may be processed only under the control of official authority or when authorised by Union or Member State law providing appropriate safeguards (Art 10).

**Fix**: state the authority or law that permits it.

\`\`\`yaml
purposes:
  - id: background-checks
    name: Background checks for regulated roles
    lawful_basis: legal-obligation
    legal_reference: Code monétaire et financier, art. L500-1
    criminal_basis: Code monétaire et financier, art. L500-1 (bulletin n° 3 required for the role)
\`\`\``,
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.criminal_basis) continue;
      const criminal = (byPurpose.get(purpose.id) ?? []).filter((c) => c.criminal);
      if (criminal.length)
        report(
          purpose.loc,
          `purpose "${purpose.id}" uses criminal-offence data of category ${quotedList(criminal.map((c) => c.id))} without a basis (criminal_basis) (Art 10)`,
          ['criminal_basis'],
        );
    }
  },
};
