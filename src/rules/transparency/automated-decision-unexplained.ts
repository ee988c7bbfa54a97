import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './automated-decision-unexplained.md';
import { ruleDocs } from '../docs.js';
import { decisionsLacking } from '../automated-decisions.js';

export const automatedDecisionUnexplained: Rule<'missing'> = {
  id: 'automated-decision-unexplained',
  severity: 'warning',
  group: 'transparency',
  source: 'Art 13(2)(f), 14(2)(g)',
  helpUri: GDPR,
  description: 'automated decisions with legal effect without `logic` and `consequences` for the notice',
  docs: ruleDocs(docs),
  messages: {
    missing: {
      text: 'purpose {purpose} takes automated decisions with legal effect without {missing} for the notice',
      cite: 'Art 13(2)(f)',
    },
  },
  check: decisionsLacking(['logic', 'consequences']),
};
