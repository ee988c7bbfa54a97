import { durationText } from '../../inventory/duration.js';
import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './retention-legal-no-reference.md';
import { ruleDocs } from '../docs.js';
import { words } from '../message.js';

export const retentionLegalNoReference: Rule<'noLaw'> = {
  id: 'retention-legal-no-reference',
  severity: 'warning',
  group: 'retention',
  source: 'Art 5(1)(e), EDPB 2025 coordinated enforcement report on erasure',
  helpUri: GDPR,
  description: 'a rule that cites a legal minimum but no `legal_reference`',
  docs: ruleDocs(docs),
  messages: {
    noLaw: {
      text: 'category {category} sets a minimum of {minimum} but names no law that imposes it (legal_reference)',
      cite: 'Art 5(1)(e)',
    },
  },
  check({ inventory, report }) {
    for (const category of inventory.categories) {
      (category.retention ?? []).forEach((rule, i) => {
        if (rule.minimum && !rule.legal_reference)
          report(
            category.loc,
            'noLaw',
            { category: category.id, minimum: words(durationText(rule.minimum)) },
            { path: ['retention', i, 'minimum'] },
          );
      });
    }
  },
};
