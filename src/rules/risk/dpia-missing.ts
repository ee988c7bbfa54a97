import type { Inventory, Purpose } from '../../inventory/model.js';
import { ART35_3_CASES, DPIA_THRESHOLD } from '../../reference/risk.js';
import { categoriesByPurpose, quotedList, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { WP248 } from '../sources.js';

export const dpiaMissing: Rule = {
  id: 'dpia-missing',
  severity: 'error',
  group: 'risk',
  source: 'Art 35(1), 35(3), WP248',
  helpUri: WP248,
  description:
    'a purpose with two or more WP248 criteria (declared or derived) or an Art 35(3) case, without `dpia.required: true` and a `dpia.reference`, or a screening (`dpia.required: false` with a `reason`) outside the Art 35(3) cases',
  docs: `A purpose meets two or more of the WP248 criteria, and has no \`dpia\` with \`required: true\` and a \`reference\`. The criteria are those declared in \`dpia_criteria\` plus those the inventory shows: Art 9/10 data gives \`sensitive-data\`, subjects marked \`minors\` or \`vulnerable\` give \`vulnerable-subjects\`, automated decisions with legal effect give \`automated-decision\`. Derived criteria come from what the purpose itself processes: the categories that serve it and their subjects. The message says where each criterion comes from, and names the Art 35(3) case when the criteria make one.

A DPO who screened the purpose and concluded that no DPIA is needed records it with \`dpia: {required: false, reason}\` (WP248 asks for the reasons to be documented; Recital 91 and Art 35(10) give cases where none is needed); the rule accepts the screening, and the record shows the reason. A screening does not answer an Art 35(3) case, which always requires a DPIA. The threshold and the cases are in \`wp248-criteria.json\`.

**Why**: processing likely to result in a high risk needs a data protection impact assessment before it starts (Art 35(1)); the Article 29 Working Party's WP248 guidelines, endorsed by the EDPB, say two criteria usually mean a DPIA is required.

**Fix**: carry out the DPIA and reference it, or record the screening that concluded none is needed.

\`\`\`yaml
purposes:
  - id: employee-monitoring
    name: Monitoring of employees' e-mail
    lawful_basis: legitimate-interests
    dpia_criteria: [systematic-monitoring, vulnerable-subjects]
    dpia: { required: true, status: done, reference: DPIA-2025-03 }
  - id: record-release
    name: Release of a patient's record at their request
    lawful_basis: legal-obligation
    dpia:
      required: false
      reason: One-off disclosures the patient asks for, to a recipient they name; no new technology, no large scale
\`\`\``,
  check({ inventory, report }) {
    const byPurpose = categoriesByPurpose(inventory);
    for (const purpose of inventory.purposes) {
      const dpia = purpose.dpia;
      if (dpia?.required === true && dpia.reference) continue;
      const criteria = criteriaOf(inventory, purpose, byPurpose.get(purpose.id) ?? []);
      if (criteria.size < DPIA_THRESHOLD) continue;
      const keys = [...criteria.keys()].sort();
      const cases = ART35_3_CASES.filter((c) => c.wp248.every((k) => criteria.has(k)));
      // a documented screening answers the WP248 presumption, but not an Art 35(3) case, which always needs a DPIA
      if (cases.length === 0 && dpia?.required === false && dpia.reason) continue;
      const listed = keys.map((key) => `${key} ${criteria.get(key)!}`).join(', ');
      const answer =
        cases.length > 0
          ? `, an Art 35(3) case (${cases.map((c) => c.article).join(', ')}) that always requires one, but has no DPIA (dpia.required: true and dpia.reference)`
          : ' but has no DPIA (dpia.required: true and dpia.reference) nor a screening concluding that none is needed (dpia.required: false and dpia.reason)';
      report(
        purpose.loc,
        `purpose "${purpose.id}" meets ${criteria.size} WP248 criteria (${listed})${answer} (Art 35(1), WP248)`,
        ['dpia'],
      );
    }
  },
};

/**
 * The WP248 criteria of a purpose, each with where it comes from: declared in `dpia_criteria`, or derived
 * from what the purpose itself processes (its categories and their subjects, its automated decisions).
 */
function criteriaOf(
  inventory: Inventory,
  purpose: Purpose,
  categories: Parameters<typeof subjectsOfPurpose>[1],
): Map<string, string> {
  const criteria = new Map<string, string>();
  for (const key of purpose.dpia_criteria ?? []) criteria.set(key, 'declared');
  const sensitive = categories.filter((c) => c.special?.length || c.criminal);
  if (sensitive.length && !criteria.has('sensitive-data'))
    criteria.set('sensitive-data', `from the Art 9/10 data of ${quotedList(sensitive.map((c) => c.id))}`);
  const vulnerable = subjectsOfPurpose(inventory, categories).filter((s) => s.minors || s.vulnerable);
  if (vulnerable.length && !criteria.has('vulnerable-subjects'))
    criteria.set(
      'vulnerable-subjects',
      `from ${vulnerable.length === 1 ? 'subject' : 'subjects'} ${quotedList(vulnerable.map((s) => s.id))} (minors or vulnerable)`,
    );
  if (purpose.automated_decisions?.legal_effect && !criteria.has('automated-decision'))
    criteria.set('automated-decision', 'from automated_decisions.legal_effect');
  return criteria;
}
