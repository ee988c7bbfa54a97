// The words the query tables share with the record: legal terms in words, gaps marked as lint reports
// them (gaps.ts), not as each view would judge.
import type { Inventory, Recipient } from '../../inventory/model.js';
import type { Gaps } from '../gaps.js';
import { lawfulBasisTerm, termText } from '../legal-terms.js';
import { countriesGap } from '../recipient-gaps.js';
import { gapText, isNotRequired, notRequiredText } from '../stated.js';

/** "Contract (Art 6(1)(b))", or the gap: "not stated [lawful-basis-missing]". */
export function basisText(inventory: Inventory, purposeId: string, gaps: Gaps): string {
  const purpose = inventory.byId.purpose.get(purposeId);
  const basis = purpose?.lawful_basis;
  return basis ? termText(lawfulBasisTerm(basis)) : gapText(gaps.gap('lawful-basis-missing', purpose?.loc));
}

/** The recipient's role, or the gap: "not stated [recipient-role-missing]". */
export function roleText(recipient: Recipient, gaps: Gaps): string {
  return recipient.role ?? gapText(gaps.gap('recipient-role-missing', recipient.loc));
}

/** What a recipient without a country shows in place of its transfers. */
export function noCountryText(recipient: Recipient, gaps: Gaps): string {
  const gap = countriesGap(recipient, gaps);
  return isNotRequired(gap) ? notRequiredText(gap) : gapText(gap);
}
