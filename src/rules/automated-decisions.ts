// Automated decisions with a legal or similarly significant effect (Art 22) must say more than other
// processing: what the notice explains (Art 13(2)(f), 14(2)(g)) and what makes them lawful (Art 22(2),
// 22(3)). One check, given the fields a rule asks for, serves the rules of both.
import type { Purpose } from '../inventory/model.js';
import { words } from './message.js';
import type { RuleContext } from './rule.js';

type DecisionField = keyof NonNullable<Purpose['automated_decisions']>;

/** Reports each purpose whose decisions have a legal effect and lack any of `fields`, naming those. */
export function decisionsLacking(
  fields: readonly DecisionField[],
): (context: RuleContext<'missing'>) => void {
  return ({ inventory, report }) => {
    for (const purpose of inventory.purposes) {
      const decisions = purpose.automated_decisions;
      if (!decisions?.legal_effect) continue;
      const missing = fields.filter((field) => !decisions[field]);
      if (missing.length)
        report(
          purpose.loc,
          'missing',
          { purpose: purpose.id, missing: words(missing.join(' or ')) },
          { path: ['automated_decisions'] },
        );
    }
  };
}
