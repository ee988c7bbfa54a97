import { closest } from '../../inventory/did-you-mean.js';
import { labelledEntities } from '../relations.js';
import type { Rule } from '../rule.js';
import docs from './waiver-unknown-rule.md';
import { ruleDocs } from '../docs.js';
import { uncited } from '../message.js';

export const waiverUnknownRule: Rule<'unknown' | 'unknownMeant'> = {
  id: 'waiver-unknown-rule',
  severity: 'error',
  group: 'hygiene',
  source: 'ropa waivers',
  description: 'a waiver for a rule id that does not exist',
  docs: ruleDocs(docs),
  messages: {
    unknown: uncited('a waiver on {entity} names no known rule {rule}'),
    unknownMeant: uncited('a waiver on {entity} names no known rule {rule} (did you mean {meant}?)'),
  },
  check({ inventory, ruleIds, report }) {
    for (const { entity, label } of labelledEntities(inventory)) {
      (entity.waivers ?? []).forEach((waiver, i) => {
        if (ruleIds.has(waiver.rule)) return;
        const meant = closest(waiver.rule, ruleIds);
        report(
          entity.loc,
          meant === undefined ? 'unknown' : 'unknownMeant',
          { entity: label, rule: waiver.rule, ...(meant === undefined ? {} : { meant }) },
          { path: ['waivers', i, 'rule'] },
        );
      });
    }
  },
};
