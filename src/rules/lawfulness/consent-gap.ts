// What consent-no-record and consent-no-withdrawal share: every purpose relying on consent (Art 6(1)(a), or
// Art 9(2)(a) explicit consent whatever the Art 6 basis) must say where its proof is kept and how it is
// withdrawn (Art 7(1), 7(3)).
import { consentRelied } from '../../reference/lawfulness.js';
import type { RuleContext } from '../rule.js';

/** Reports each purpose that relies on consent and does not state `consent.<field>`. */
export function checkConsentField(
  { inventory, report }: RuleContext,
  field: 'record' | 'withdrawal',
  missing: string,
): void {
  for (const purpose of inventory.purposes) {
    const relied = consentRelied(purpose.lawful_basis, purpose.special_condition);
    if (relied.length === 0 || purpose.consent?.[field]) continue;
    report(
      purpose.loc,
      `purpose "${purpose.id}" relies on ${wording(relied)} but does not say ${missing}`,
      purpose.consent ? ['consent'] : relied[0] === '6(1)(a)' ? ['lawful_basis'] : ['special_condition'],
    );
  }
}

/** "consent", "explicit consent (Art 9(2)(a))" or both. */
function wording(relied: readonly string[]): string {
  const art6 = relied.includes('6(1)(a)');
  const art9 = relied.includes('9(2)(a)');
  if (art6 && art9) return 'consent and explicit consent (Art 9(2)(a))';
  return art9 ? 'explicit consent (Art 9(2)(a))' : 'consent';
}
