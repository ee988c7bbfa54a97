import { statedTools } from '../../inventory/transfer-tools.js';
import { mechanismOf } from '../../reference/transfers.js';
import type { Rule } from '../rule.js';
import { EDPB_DEROGATIONS } from '../sources.js';
import docs from './derogation-systematic.md';
import { ruleDocs } from '../docs.js';
import { entity, words } from '../message.js';

export const derogationSystematic: Rule<'derogation'> = {
  id: 'derogation-systematic',
  severity: 'warning',
  group: 'transfers',
  source: 'Art 49, EDPB Guidelines 2/2018',
  helpUri: EDPB_DEROGATIONS,
  description: 'an Art 49 derogation for a processor or sub-processor (a systematic transfer)',
  docs: ruleDocs(docs),
  messages: {
    derogation:
      '{recipient} receives data under the Art 49 derogation {mechanism}, which is not for systematic transfers',
  },
  check({ inventory, report }) {
    for (const recipient of inventory.recipients) {
      if (recipient.role !== 'processor' && recipient.role !== 'sub-processor') continue;
      for (const { tool, at } of statedTools(recipient)) {
        const key = tool.mechanism;
        if (key && mechanismOf(key)?.kind === 'derogation')
          report(
            recipient.loc,
            'derogation',
            { recipient: entity(recipient.role, recipient.id), mechanism: words(key) },
            { path: [...at, 'mechanism'] },
          );
      }
    }
  },
};
