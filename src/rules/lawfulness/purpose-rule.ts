// The lawfulness rules that look at one purpose at a time: its basis needs a field it leaves out (a stated
// interest, an assessment, a law, where consent is recorded and how it is withdrawn) or rules it out. They
// differ in that test and their message only.
import { consentRelied } from '../../reference/lawfulness.js';
import type { Inventory, Path, Purpose } from '../../inventory/model.js';
import { words, type Message, type MessageValues } from '../message.js';
import type { Rule } from '../rule.js';

/** What a purpose lacks: where the finding points inside it, and the values of the message beyond its id. */
export interface PurposeGap {
  readonly path: Path;
  readonly values?: MessageValues;
}

/** A rule reporting `message` on each purpose for which `gap` finds something; `{purpose}` is its id. */
export function purposeRule(
  meta: Omit<Rule<'gap'>, 'messages' | 'check'>,
  message: Message,
  gap: (purpose: Purpose, inventory: Inventory) => PurposeGap | undefined,
): Rule<'gap'> {
  return {
    ...meta,
    messages: { gap: message },
    check({ inventory, report }) {
      for (const purpose of inventory.purposes) {
        const found = gap(purpose, inventory);
        if (found) report(purpose.loc, 'gap', { purpose: purpose.id, ...found.values }, { path: found.path });
      }
    },
  };
}

/**
 * consent-no-record and consent-no-withdrawal: every purpose relying on consent (Art 6(1)(a), or Art
 * 9(2)(a) explicit consent whatever the Art 6 basis) must say where its proof is kept and how it is
 * withdrawn (Art 7(1), 7(3)). `missing` ends "but does not say ...".
 */
export function consentRule(
  meta: Omit<Rule<'gap'>, 'messages' | 'check'>,
  field: 'record' | 'withdrawal',
  missing: string,
): Rule<'gap'> {
  return purposeRule(meta, `purpose {purpose} relies on {consent} but does not say ${missing}`, (purpose) => {
    const relied = consentRelied(purpose.lawful_basis, purpose.special_condition);
    if (relied.length === 0 || purpose.consent?.[field]) return undefined;
    return {
      path: purpose.consent
        ? ['consent']
        : relied[0] === '6(1)(a)'
          ? ['lawful_basis']
          : ['special_condition'],
      values: { consent: words(wording(relied)) },
    };
  });
}

/** "consent", "explicit consent (Art 9(2)(a))" or both. */
function wording(relied: readonly string[]): string {
  const art6 = relied.includes('6(1)(a)');
  const art9 = relied.includes('9(2)(a)');
  if (art6 && art9) return 'consent and explicit consent (Art 9(2)(a))';
  return art9 ? 'explicit consent (Art 9(2)(a))' : 'consent';
}
