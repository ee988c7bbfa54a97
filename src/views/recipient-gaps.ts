import type { Recipient } from '../inventory/model.js';
import type { Gaps } from './gaps.js';
import { notRequired, notStated, type NotRequired, type NotStated } from './stated.js';

/**
 * What stands for the countries of a recipient that names none: the gap where recipient-country-missing
 * reports it; "not required" for the controller's own staff, which receive data without a transfer.
 */
export function countriesGap(recipient: Recipient, gaps: Gaps): NotStated | NotRequired {
  return (
    gaps.marker('recipient-country-missing', recipient.loc) ??
    (recipient.role === 'internal' ? notRequired("the controller's own staff") : notStated())
  );
}
