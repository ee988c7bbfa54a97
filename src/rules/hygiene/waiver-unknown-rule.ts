import { didYouMean } from '../../inventory/did-you-mean.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import docs from './waiver-unknown-rule.md';
import { ruleDocs } from '../docs.js';

export const waiverUnknownRule: Rule = {
  id: 'waiver-unknown-rule',
  severity: 'error',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver for a rule id that does not exist',
  docs: ruleDocs(docs),
  check({ inventory, ruleIds, report }) {
    for (const { entity, label } of labelledEntities(inventory)) {
      (entity.waivers ?? []).forEach((waiver, i) => {
        if (!ruleIds.has(waiver.rule))
          report(
            entity.loc,
            `a waiver on ${label} names no known rule "${waiver.rule}"${didYouMean(waiver.rule, ruleIds)}`,
            ['waivers', i, 'rule'],
          );
      });
    }
  },
};
