import { statedTools } from '../../inventory/transfer-tools.js';
import { mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_DEROGATIONS } from '../sources.js';
import docs from './derogation-systematic.md';
import { ruleDocs } from '../docs.js';

export const derogationSystematic: Rule = {
  id: 'derogation-systematic',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 49, EDPB Guidelines 2/2018',
  helpUri: EDPB_DEROGATIONS,
  description: 'an Art 49 derogation for a processor or sub-processor (a systematic transfer)',
  docs: ruleDocs(docs),
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
