import type { Inventory } from '../../inventory/model.js';
import { categoriesByPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';

export const dpoMissing: Rule = {
  id: 'dpo-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 37(1), 37(7), 30(1)(a)',
  helpUri: GDPR,
  description:
    'no DPO contact and no `appointed: false` with reason (an error for a public authority, or Art 9/10 data processed on a large scale)',
  docs: `The organization states neither the contact details of its data protection officer nor that none is appointed, and why.

**Why**: the record names the DPO (Art 30(1)(a)) and the DPO's contact details are published (Art 37(7)). A public authority, and an organisation whose core activities are large-scale processing of Art 9/10 data, must designate one (Art 37(1)(a), (c)); for them the finding is an error, and \`appointed: false\` does not answer it.

**Fix**: give the DPO's contact, or say that none is appointed and why.

\`\`\`yaml
organization:
  name: Example SAS
  dpo:
    appointed: false
    reason: No public authority, no large-scale monitoring or special-category processing (Art 37(1))
\`\`\``,
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
