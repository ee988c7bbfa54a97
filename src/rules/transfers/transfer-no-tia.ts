import { statedTools } from '../../inventory/transfer-tools.js';
import { countryLabel, mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_SUPPLEMENTARY_MEASURES } from '../sources.js';
import docs from './transfer-no-tia.md';
import { ruleDocs } from '../docs.js';

export const transferNoTia: Rule = {
  id: 'transfer-no-tia',
  severity: 'warning',
  group: 'transfers',
  source: 'EDPB Recommendations 01/2020',
  helpUri: EDPB_SUPPLEMENTARY_MEASURES,
  description: 'an Art 46 mechanism (scc, bcr, ...) without `transfer.tia`',
  docs: ruleDocs(docs),
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      for (const { tool, at } of statedTools(recipient)) {
        const key = tool.mechanism;
        if (!key || !mechanismOf(key)?.needs_tia || tool.tia) continue;
        const to = 'country' in tool ? ` to ${countryLabel(tool.country)}` : '';
        report(
          recipient.loc,
          `recipient "${recipient.id}" transfers${to} under ${key} without a transfer impact assessment (transfer.tia) (EDPB Recommendations 01/2020)`,
          at,
        );
      }
    }
  },
};
