import type { Inventory } from '../../inventory/model.js';
import { categoriesByPurpose } from '../relations.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './dpo-missing.md';
import { ruleDocs } from '../docs.js';
import { type MessageValue, phrase, uncited, words } from '../message.js';

export const dpoMissing: Rule<
  'mustDesignate' | 'noReason' | 'noReasonMandatory' | 'noContact' | 'noContactMandatory'
> = {
  id: 'dpo-missing',
  severity: 'warning',
  group: 'completeness',
  source: 'Art 37(1), 37(7), 30(1)(a)',
  helpUri: GDPR,
  description:
    'no DPO contact and no `appointed: false` with reason (an error for a public authority, or Art 9/10 data processed on a large scale)',
  docs: ruleDocs(docs),
  messages: {
    mustDesignate: uncited('organization {organization} must designate a DPO: {why}'),
    noReason: { text: 'organization {organization} appoints no DPO but gives no reason', cite: 'Art 37(1)' },
    // the reason a DPO is mandatory cites its own article, after the one the gap breaks
    noReasonMandatory: uncited(
      'organization {organization} appoints no DPO but gives no reason (Art 37(1)); one is mandatory: {why}',
    ),
    noContact: {
      text: 'organization {organization} states no DPO contact, nor that none is appointed and why',
      cite: 'Art 37(7), 30(1)(a)',
    },
    noContactMandatory: uncited(
      'organization {organization} states no DPO contact, nor that none is appointed and why (Art 37(7), 30(1)(a)); one is mandatory: {why}',
    ),
  },
  check({ inventory, report }) {
    const org = inventory.organization;
    if (!org) return;
    const mandatory = mandatoryReason(inventory);
    const dpo = org.dpo;
    const contact = dpo && (dpo.email || dpo.phone || dpo.address);
    if (contact && dpo.appointed !== false) return;
    const values = { organization: org.name, ...(mandatory ? { why: mandatory } : {}) };
    if (dpo?.appointed === false && dpo.reason) {
      if (mandatory)
        report(org.loc, 'mustDesignate', values, { path: ['dpo', 'appointed'], severity: 'error' });
      return;
    }
    const severity = mandatory ? 'error' : undefined;
    if (dpo?.appointed === false) {
      report(org.loc, mandatory ? 'noReasonMandatory' : 'noReason', values, { path: ['dpo'], severity });
      return;
    }
    report(org.loc, mandatory ? 'noContactMandatory' : 'noContact', values, {
      path: dpo ? ['dpo'] : [],
      severity,
    });
  },
};

/** Why a DPO is mandatory (Art 37(1)(a) or (c)), or undefined. */
function mandatoryReason(inventory: Inventory): MessageValue | undefined {
  if (inventory.organization?.public_authority) return words('it is a public authority (Art 37(1)(a))');
  const byPurpose = categoriesByPurpose(inventory);
  for (const purpose of inventory.purposes) {
    if (!purpose.dpia_criteria?.includes('large-scale')) continue;
    const sensitive = (byPurpose.get(purpose.id) ?? []).find((c) => c.special?.length || c.criminal);
    if (sensitive)
      return phrase(
        'purpose {purpose} processes Art 9/10 data of category {category} on a large scale (Art 37(1)(c))',
        { purpose: purpose.id, category: sensitive.id },
      );
  }
  return undefined;
}
