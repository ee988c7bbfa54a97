import { monthsBefore } from '../../inventory/duration.js';
import { toolFor } from '../../inventory/transfer-tools.js';
import { adequacyOf, inEea, mechanismOf } from '../../reference/transfers.js';
import { countryPlaces } from '../relations.js';
import type { Rule } from '../rule.js';
import { DPF_DECISION } from '../sources.js';
import docs from './dpf-not-verified.md';
import { ruleDocs } from '../docs.js';
import { uncited, words } from '../message.js';

export const dpfNotVerified: Rule<'notCertified' | 'notDated' | 'stale'> = {
  id: 'dpf-not-verified',
  severity: 'error',
  group: 'transfers',
  source: 'Decision (EU) 2023/1795',
  helpUri: DPF_DECISION,
  description: '`dpf` (or adequacy for US) without `dpf.certified: true` checked within the last 12 months',
  docs: ruleDocs(docs),
  messages: {
    notCertified: uncited(
      'recipient {recipient} relies on the Data Privacy Framework without dpf.certified: true: check the DPF List (Decision (EU) 2023/1795)',
    ),
    notDated: uncited(
      'recipient {recipient} relies on the Data Privacy Framework without the date of the check (dpf.checked): check the DPF List (Decision (EU) 2023/1795)',
    ),
    stale: uncited(
      'recipient {recipient} relies on the Data Privacy Framework last checked on {checked}, more than 12 months ago: check the DPF List (Decision (EU) 2023/1795)',
    ),
  },
  check({ inventory, today, report }) {
    const since = monthsBefore(today, 12);
    for (const recipient of inventory.recipients) {
      // only where the framework can apply: dpf stated for a country it does not cover is
      // transfer-mechanism-invalid's finding, and the DPF List says nothing about it
      const relying = countryPlaces(recipient).flatMap(({ country }) => {
        const stated = inEea(country) ? undefined : toolFor(recipient, country);
        const key = stated?.tool.mechanism;
        const relies =
          (key === 'dpf' && (mechanismOf('dpf')?.countries?.includes(country) ?? true)) ||
          (key === 'adequacy' && adequacyOf(country)?.requires_dpf === true);
        return relies ? [stated!.at] : [];
      });
      if (relying.length === 0) continue;
      const dpf = recipient.dpf;
      if (dpf?.certified === true && dpf.checked !== undefined && dpf.checked >= since) continue;
      report(
        recipient.loc,
        dpf?.certified !== true ? 'notCertified' : dpf.checked === undefined ? 'notDated' : 'stale',
        { recipient: recipient.id, ...(dpf?.checked ? { checked: words(dpf.checked) } : {}) },
        { path: dpf ? ['dpf'] : [...relying[0]!, 'mechanism'] },
      );
    }
  },
};
