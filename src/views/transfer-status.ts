import adequacy from '../reference/adequacy.json' with { type: 'json' };
import countries from '../reference/countries.json' with { type: 'json' };
import eea from '../reference/eea.json' with { type: 'json' };
import mechanisms from '../reference/transfer-mechanisms.json' with { type: 'json' };
import type { Recipient } from '../inventory/model.js';

/**
 * How data reaching a recipient in one country stands under Chapter V:
 * - `not-a-transfer`: the country is in the EEA, or the recipient is the controller's own staff;
 * - `adequate`: an adequacy decision covers it (Art 45; for the US, only DPF-certified organisations);
 * - `safeguarded`: an Art 46 tool is stated; `derogation`: an Art 49 derogation is stated;
 * - `missing`: outside the EEA with no decision and no tool stated;
 * - `invalid`: the stated mechanism cannot apply (adequacy for a country without a decision, DPF outside the US).
 */
export type TransferStatus =
  'not-a-transfer' | 'adequate' | 'safeguarded' | 'derogation' | 'missing' | 'invalid';

export interface CountryTransfer {
  readonly country: string;
  readonly country_name: string;
  readonly status: TransferStatus;
  /** The mechanism as the inventory states it (`transfer.mechanism`), or null. */
  readonly mechanism: string | null;
  /** The GDPR article the status rests on (e.g. "45", "46(2)(c)"), or null. */
  readonly article: string | null;
  readonly reference: string | null;
  readonly tia: string | null;
  /** True when the mechanism is an Art 46 tool, which is expected to come with a transfer impact assessment. */
  readonly needs_tia: boolean;
}

interface MechanismInfo {
  readonly article: string;
  readonly kind: 'adequacy' | 'safeguard' | 'derogation';
  readonly needs_tia: boolean;
}

const EEA: ReadonlySet<string> = new Set(eea.countries);
const ADEQUATE: Readonly<Record<string, { requires_dpf: boolean }>> = adequacy.countries;
const MECHANISMS = mechanisms.mechanisms as Readonly<Record<string, MechanismInfo>>;
const NAMES: Readonly<Record<string, string>> = countries.countries;

export function isEea(country: string): boolean {
  return EEA.has(country);
}

export function isCountryCode(code: string): boolean {
  return Object.hasOwn(NAMES, code);
}

export function countryCodes(): string[] {
  return Object.keys(NAMES);
}

export function countryName(code: string): string {
  return Object.hasOwn(NAMES, code) ? NAMES[code]! : code;
}

/** The Chapter V standing of the data a recipient processes in `country`. */
export function assessTransfer(recipient: Recipient, country: string): CountryTransfer {
  const mechanism = recipient.transfer?.mechanism ?? null;
  const base = {
    country,
    country_name: countryName(country),
    mechanism,
    reference: recipient.transfer?.reference ?? null,
    tia: recipient.transfer?.tia ?? null,
  };
  const result = (status: TransferStatus, article: string | null, needsTia = false): CountryTransfer => ({
    ...base,
    status,
    article,
    needs_tia: needsTia,
  });
  if (isEea(country) || recipient.role === 'internal') return result('not-a-transfer', null);
  const decision = Object.hasOwn(ADEQUATE, country) ? ADEQUATE[country] : undefined;
  const dpfListed = recipient.dpf?.certified === true;
  if (mechanism === null) {
    // An adequacy decision needs no stated tool; the US one covers only organisations on the DPF List
    if (decision !== undefined && (!decision.requires_dpf || dpfListed)) return result('adequate', '45');
    return result('missing', null);
  }
  const info = Object.hasOwn(MECHANISMS, mechanism) ? MECHANISMS[mechanism] : undefined;
  if (info === undefined) return result('invalid', null);
  if (mechanism === 'dpf') {
    return country === 'US' && recipient.dpf?.certified !== false
      ? result('adequate', info.article)
      : result('invalid', info.article);
  }
  if (info.kind === 'adequacy') {
    return decision !== undefined && (!decision.requires_dpf || dpfListed)
      ? result('adequate', info.article)
      : result('invalid', info.article);
  }
  return result(info.kind === 'safeguard' ? 'safeguarded' : 'derogation', info.article, info.needs_tia);
}
