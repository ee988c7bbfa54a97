import type { Recipient } from '../inventory/model.js';
import { toolFor } from '../inventory/transfer-tools.js';
import { adequacyGap, countryName, inEea, mechanismOf } from '../reference/transfers.js';

/**
 * How data reaching a recipient in one country stands under Chapter V, from the same adequacy check as the
 * transfer rules (adequacyGap: no decision, DPF-only, ended on `today`):
 * - `not-a-transfer`: the country is in the EEA, or the recipient is the controller's own staff or the
 *   public (publication);
 * - `adequate`: an adequacy decision in force covers it (Art 45; for the US, only DPF-certified organisations);
 * - `safeguarded`: an Art 46 tool is stated; `derogation`: an Art 49 derogation is stated;
 * - `missing`: outside the EEA with no decision in force covering it and no tool stated;
 * - `invalid`: the stated mechanism cannot apply (adequacy where no decision in force covers the recipient,
 *   a mechanism outside the countries it is for, DPF not certified).
 */
export type TransferStatus =
  'not-a-transfer' | 'adequate' | 'safeguarded' | 'derogation' | 'missing' | 'invalid';

export interface CountryTransfer {
  readonly country: string;
  readonly country_name: string;
  readonly status: TransferStatus;
  /** The mechanism the inventory states for this country (`transfer.mechanism`), or null. */
  readonly mechanism: string | null;
  /** The GDPR article the status rests on (e.g. "45", "46(2)(c)"), or null. */
  readonly article: string | null;
  readonly reference: string | null;
  readonly tia: string | null;
  /** True when the mechanism is an Art 46 tool, which is expected to come with a transfer impact assessment. */
  readonly needs_tia: boolean;
}

/** The Chapter V standing of the data a recipient processes in `country`. */
export function assessTransfer(recipient: Recipient, country: string, today: string): CountryTransfer {
  const tool = toolFor(recipient, country)?.tool;
  const mechanism = tool?.mechanism ?? null;
  const base = {
    country,
    country_name: countryName(country),
    mechanism,
    reference: tool?.reference ?? null,
    tia: tool?.tia ?? null,
  };
  const result = (status: TransferStatus, article: string | null, needsTia = false): CountryTransfer => ({
    ...base,
    status,
    article,
    needs_tia: needsTia,
  });
  if (inEea(country) || recipient.role === 'internal' || recipient.role === 'public')
    return result('not-a-transfer', null);
  // An adequacy decision in force needs no stated tool; the US one covers organisations on the DPF List.
  // The rules ask those to state `dpf` all the same (transfer-no-mechanism): the status says what holds.
  const gap = adequacyGap(country, today);
  const covered = gap === undefined || (gap.kind === 'dpf-only' && recipient.dpf?.certified === true);
  if (mechanism === null) return covered ? result('adequate', '45') : result('missing', null);
  const info = mechanismOf(mechanism);
  if (info === undefined || (info.countries !== undefined && !info.countries.includes(country)))
    return result('invalid', info?.article ?? null);
  if (mechanism === 'dpf')
    return recipient.dpf?.certified !== false
      ? result('adequate', info.article)
      : result('invalid', info.article);
  if (info.kind === 'adequacy')
    return covered ? result('adequate', info.article) : result('invalid', info.article);
  return result(info.kind === 'safeguard' ? 'safeguarded' : 'derogation', info.article, info.needs_tia);
}
