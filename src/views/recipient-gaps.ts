import type { Recipient } from '../inventory/model.js';
import type { Gaps } from './gaps.js';
import { notRequired, notStated, type NotRequired, type NotStated } from './stated.js';
import { ENGLISH, type MessageId, type Words } from './words/index.js';

/** Why a recipient of this role needs no country: no transfer can happen through it. */
const NO_COUNTRY: Partial<Record<string, MessageId & `gap.${string}`>> = {
  internal: 'gap.countryInternal',
  public: 'gap.countryPublic',
};

/**
 * What stands for the countries of a recipient that names none: the gap where recipient-country-missing
 * reports it; "not required" for the controller's own staff and for the public.
 */
export function countriesGap(recipient: Recipient, gaps: Gaps, w: Words = ENGLISH): NotStated | NotRequired {
  const why = recipient.role === undefined ? undefined : NO_COUNTRY[recipient.role];
  return (
    gaps.marker('recipient-country-missing', recipient.loc) ??
    (why ? notRequired(w.t[why] as string) : notStated())
  );
}
