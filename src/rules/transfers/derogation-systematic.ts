import { statedTools } from '../../inventory/transfer-tools.js';
import { mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_DEROGATIONS } from '../sources.js';

export const derogationSystematic: Rule = {
  id: 'derogation-systematic',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 49, EDPB Guidelines 2/2018',
  helpUri: EDPB_DEROGATIONS,
  description: 'an Art 49 derogation for a processor or sub-processor (a systematic transfer)',
  docs: `A processor or sub-processor receives data abroad under an Art 49 derogation (\`derogation-*\` or \`compelling-legitimate-interests\`).

**Why**: derogations are exceptions, read narrowly, for occasional transfers; they do not fit the repeated, systematic transfers that using a processor implies (Art 49, EDPB Guidelines 2/2018).

**Fix**: use an Art 46 tool such as standard contractual clauses.

\`\`\`yaml
transfer:
  mechanism: scc
  tia: TIA of 2025-02-01
\`\`\``,
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role !== 'processor' && recipient.role !== 'sub-processor') continue;
      for (const { tool, at } of statedTools(recipient)) {
        const key = tool.mechanism;
        if (key && mechanismOf(key)?.kind === 'derogation')
          report(
            recipient.loc,
            `${recipient.role} "${recipient.id}" receives data under the Art 49 derogation ${key}, which is not for systematic transfers (Art 49, EDPB Guidelines 2/2018)`,
            [...at, 'mechanism'],
          );
      }
    }
  },
};
