import type { Rule } from '../rule.js';
import { GDPR } from '../sources.js';
import docs from './automated-decision-no-safeguards.md';
import { ruleDocs } from '../docs.js';
import { decisionsLacking } from '../automated-decisions.js';

export const automatedDecisionNoSafeguards: Rule<'missing'> = {
  id: 'automated-decision-no-safeguards',
  severity: 'error',
  group: 'risk',
  source: 'Art 22(2), 22(3)',
  helpUri: GDPR,
  description: 'automated decisions with legal effect without `exception` and `safeguards`',
  docs: ruleDocs(docs),
  messages: {
    missing: 'purpose {purpose} takes automated decisions with legal effect without {missing}',
  },
  check: decisionsLacking(['exception', 'safeguards']),
};
