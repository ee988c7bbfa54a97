import { statedTools } from '../../inventory/transfer-tools.js';
import { countryLabel, mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_SUPPLEMENTARY_MEASURES } from '../sources.js';

export const transferNoTia: Rule = {
  id: 'transfer-no-tia',
  severity: 'warning',
  group: 'transfers',
  source: 'EDPB Recommendations 01/2020',
  helpUri: EDPB_SUPPLEMENTARY_MEASURES,
  description: 'an Art 46 mechanism (scc, bcr, ...) without `transfer.tia`',
  docs: `A recipient's transfer relies on an Art 46 tool (standard contractual clauses, binding corporate rules, ...) and no transfer impact assessment is referenced (\`transfer.tia\`). Which mechanisms need one comes from \`transfer-mechanisms.json\`.

**Why**: an Art 46 tool only works if the law and practice of the destination country let the importer comply with it; the exporter assesses this and adds supplementary measures where needed (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020).

**Fix**: carry out the assessment and reference it.

\`\`\`yaml
transfer:
  mechanism: scc
  reference: SCC module 2 annexed to the DPA
  tia: TIA of 2025-02-01 (intranet/privacy/tia/support-desk)
\`\`\``,
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
