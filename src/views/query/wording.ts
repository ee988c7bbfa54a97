// The words the query tables share with the record: legal terms in words, gaps marked as lint reports
// them (gaps.ts), not as each view would judge.
import type { Inventory, Recipient } from '../../inventory/model.js';
import type { CountryTransfer } from '../transfer-status.js';
import { list } from './tabular.js';
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

/** "US: missing", "AU: safeguarded (scc, 46(2)(c))". */
export function describeTransfer(transfer: CountryTransfer): string {
  const detail = [transfer.mechanism, transfer.article].filter((part) => part !== null);
  return `${transfer.country}: ${transfer.status}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`;
}

/**
 * A recipient's row in a view's relations: its role, what `details` say (the categories or purposes it
 * receives data for), and where it processes the data.
 */
export function recipientRow(
  inventory: Inventory,
  entry: { readonly id: string; readonly name: string; readonly transfers: readonly CountryTransfer[] },
  details: readonly string[],
  gaps: Gaps,
): string[] {
  const recipient = inventory.byId.recipient.get(entry.id)!;
  const countries =
    entry.transfers.length === 0
      ? noCountryText(recipient, gaps)
      : list(entry.transfers.map(describeTransfer));
  return [
    'recipient',
    entry.id,
    entry.name,
    [`role: ${roleText(recipient, gaps)}`, ...details, `countries: ${countries}`].join('; '),
  ];
}
