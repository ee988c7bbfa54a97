import type { Inventory, Purpose } from '../../inventory/model.js';
import { ART35_3_CASES, DPIA_THRESHOLD } from '../../reference/risk.js';
import { categoriesByPurpose, subjectsOfPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { WP248 } from '../sources.js';
import docs from './dpia-missing.md';
import { ruleDocs } from '../docs.js';
import { joined, phrase, words, type MessageValue } from '../message.js';

export const dpiaMissing: Rule<'requiredCase' | 'presumed'> = {
  id: 'dpia-missing',
  severity: 'error',
  group: 'risk',
  source: 'Art 35(1), 35(3), WP248',
  helpUri: WP248,
  description:
    'a purpose with two or more WP248 criteria (declared or derived) or an Art 35(3) case, without `dpia.required: true` and a `dpia.reference`, or a screening (`dpia.required: false` with a `reason`) outside the Art 35(3) cases',
  docs: ruleDocs(docs),
  messages: {
    requiredCase: {
      text: 'purpose {purpose} meets {count} WP248 criteria ({criteria}), an Art 35(3) case ({cases}) that always requires one, but has no DPIA (dpia.required: true and dpia.reference)',
      cite: 'Art 35(1), WP248',
    },
    presumed: {
      text: 'purpose {purpose} meets {count} WP248 criteria ({criteria}) but has no DPIA (dpia.required: true and dpia.reference) nor a screening concluding that none is needed (dpia.required: false and dpia.reason)',
      cite: 'Art 35(1), WP248',
    },
  },
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
      const listed = keys.map((key) => phrase('{key} {why}', { key: words(key), why: criteria.get(key)! }));
      report(
        purpose.loc,
        cases.length > 0 ? 'requiredCase' : 'presumed',
        {
          purpose: purpose.id,
          count: criteria.size,
          criteria: joined(listed, ', '),
          cases: words(cases.map((c) => c.article).join(', ')),
        },
        { path: ['dpia'] },
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
): Map<string, MessageValue> {
  const criteria = new Map<string, MessageValue>();
  for (const key of purpose.dpia_criteria ?? []) criteria.set(key, words('declared'));
  const sensitive = categories.filter((c) => c.special?.length || c.criminal);
  if (sensitive.length && !criteria.has('sensitive-data'))
    criteria.set(
      'sensitive-data',
      phrase('from the Art 9/10 data of {categories}', { categories: sensitive.map((c) => c.id) }),
    );
  const vulnerable = subjectsOfPurpose(inventory, categories).filter((s) => s.minors || s.vulnerable);
  if (vulnerable.length && !criteria.has('vulnerable-subjects'))
    criteria.set(
      'vulnerable-subjects',
      phrase(`from ${vulnerable.length === 1 ? 'subject' : 'subjects'} {subjects} (minors or vulnerable)`, {
        subjects: vulnerable.map((s) => s.id),
      }),
    );
  if (purpose.automated_decisions?.legal_effect && !criteria.has('automated-decision'))
    criteria.set('automated-decision', words('from automated_decisions.legal_effect'));
  return criteria;
}
