import type { Inventory, Purpose } from '../../inventory/model.js';
import { ART35_3_CASES, DPIA_THRESHOLD } from '../../reference/risk.js';
import { categoriesByPurpose, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { WP248 } from '../sources.js';

export const dpiaMissing: Rule = {
  id: 'dpia-missing',
  severity: 'error',
  group: 'risk',
  source: 'Art 35(1), 35(3), WP248',
  helpUri: WP248,
  description:
    'a purpose with two or more WP248 criteria (declared or derived) or an Art 35(3) case, without `dpia.required: true` and a `dpia.reference`',
  docs: `A purpose meets two or more of the WP248 criteria, and has no \`dpia\` with \`required: true\` and a \`reference\`. The criteria are those declared in \`dpia_criteria\` plus those the inventory shows: Art 9/10 data gives \`sensitive-data\`, subjects marked \`minors\` or \`vulnerable\` give \`vulnerable-subjects\`, automated decisions with legal effect give \`automated-decision\`. The message names the Art 35(3) case when the criteria make one. The threshold and the cases are in \`wp248-criteria.json\`.

**Why**: processing likely to result in a high risk needs a data protection impact assessment before it starts (Art 35(1)); the Article 29 Working Party's WP248 guidelines, endorsed by the EDPB, say two criteria usually mean a DPIA is required.

**Fix**: carry out the DPIA and reference it (or document why none is needed, and waive).

\`\`\`yaml
purposes:
  - id: employee-monitoring
    name: Monitoring of employees' e-mail
    lawful_basis: legitimate-interests
    dpia_criteria: [systematic-monitoring, vulnerable-subjects]
    dpia: { required: true, status: done, reference: DPIA-2025-03 }
\`\`\``,
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      if (purpose.dpia?.required === true && purpose.dpia.reference) continue;
      const criteria = criteriaOf(inventory, purpose, byPurpose.get(purpose.id) ?? []);
      if (criteria.length < DPIA_THRESHOLD) continue;
      const cases = ART35_3_CASES.filter((c) => c.wp248.every((k) => criteria.includes(k)));
      const also = cases.length ? `, an Art 35(3) case (${cases.map((c) => c.article).join(', ')}),` : '';
      report(
        purpose.loc,
        `purpose "${purpose.id}" meets ${criteria.length} WP248 criteria (${criteria.join(', ')})${also} but has no DPIA (dpia.required: true and dpia.reference) (Art 35(1), WP248)`,
        ['dpia'],
      );
    }
  },
};

function criteriaOf(
  inventory: Inventory,
  purpose: Purpose,
  categories: Parameters<typeof subjectsOfPurpose>[1],
) {
  const criteria = new Set(purpose.dpia_criteria ?? []);
  if (categories.some((c) => c.special?.length || c.criminal)) criteria.add('sensitive-data');
  if (subjectsOfPurpose(inventory, categories).some((s) => s.minors || s.vulnerable))
    criteria.add('vulnerable-subjects');
  if (purpose.automated_decisions?.legal_effect) criteria.add('automated-decision');
  return [...criteria].sort();
}
