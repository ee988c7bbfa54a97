import { statedTools } from '../../inventory/transfer-tools.js';
import { countryLabel, mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_SUPPLEMENTARY_MEASURES } from '../sources.js';
import docs from './transfer-no-tia.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const transferNoTia: Rule<'noTia' | 'noTiaTo'> = {
  id: 'transfer-no-tia',
  severity: 'warning',
  group: 'transfers',
  source: 'EDPB Recommendations 01/2020',
  helpUri: EDPB_SUPPLEMENTARY_MEASURES,
  description: 'an Art 46 mechanism (scc, bcr, ...) without `transfer.tia`',
  docs: ruleDocs(docs),
  messages: {
    noTia:
      'recipient {recipient} transfers under {mechanism} without a transfer impact assessment (transfer.tia)',
    noTiaTo:
      'recipient {recipient} transfers to {country} under {mechanism} without a transfer impact assessment (transfer.tia)',
  },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      for (const { tool, at } of statedTools(recipient)) {
        const key = tool.mechanism;
        if (!key || !mechanismOf(key)?.needs_tia || tool.tia) continue;
        const values = { recipient: recipient.id, mechanism: words(key) };
        if ('country' in tool)
          report(
            recipient.loc,
            'noTiaTo',
            { ...values, country: words(countryLabel(tool.country)) },
            { path: at },
          );
        else report(recipient.loc, 'noTia', values, { path: at });
      }
    }
  },
};
