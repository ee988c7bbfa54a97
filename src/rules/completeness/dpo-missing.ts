import type { Inventory } from '../../inventory/model.js';
import { categoriesByPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './dpo-missing.md';
import { ruleDocs } from '../docs.js';

export const dpoMissing: Rule = {
  id: 'dpo-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 37(1), 37(7), 30(1)(a)',
  helpUri: GDPR,
  description:
    'no DPO contact and no `appointed: false` with reason (an error for a public authority, or Art 9/10 data processed on a large scale)',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org) return;
    const mandatory = mandatoryReason(inventory);
    const severity = mandatory ? 'error' : undefined;
    const dpo = org.dpo;
    const contact = dpo && (dpo.email || dpo.phone || dpo.address);
    if (contact && dpo.appointed !== false) return;
    if (dpo?.appointed === false && dpo.reason) {
      if (mandatory)
        report(
          org.loc,
          `organization "${org.name}" must designate a DPO: ${mandatory}`,
          ['dpo', 'appointed'],
          'error',
        );
      return;
    }
    const because = mandatory ? `; one is mandatory: ${mandatory}` : '';
    if (dpo?.appointed === false) {
      report(
        org.loc,
        `organization "${org.name}" appoints no DPO but gives no reason (Art 37(1))${because}`,
        ['dpo'],
        severity,
      );
      return;
    }
    report(
      org.loc,
      `organization "${org.name}" states no DPO contact, nor that none is appointed and why (Art 37(7), 30(1)(a))${because}`,
      dpo ? ['dpo'] : [],
      severity,
    );
  },
};

/** Why a DPO is mandatory (Art 37(1)(a) or (c)), or undefined. */
function mandatoryReason(inventory: Inventory): string | undefined {
  if (inventory.organization?.public_authority) return 'it is a public authority (Art 37(1)(a))';
  const byPurpose = categoriesByPurpose(inventory);
  for (const purpose of inventory.purposes) {
    if (!purpose.dpia_criteria?.includes('large-scale')) continue;
    const sensitive = (byPurpose.get(purpose.id) ?? []).find((c) => c.special?.length || c.criminal);
    if (sensitive)
      return `purpose "${purpose.id}" processes Art 9/10 data of category "${sensitive.id}" on a large scale (Art 37(1)(c))`;
  }
  return undefined;
}
