// Chapter V facts from the versioned reference data: which countries are in the EEA, which have an
// adequacy decision (and until when, and whether only DPF-certified US organisations are covered), and
// what kind of tool each transfer mechanism is.
import adequacyData from './adequacy.json' with { type: 'json' };
import countryData from './countries.json' with { type: 'json' };
import eeaData from './eea.json' with { type: 'json' };
import mechanismData from './transfer-mechanisms.json' with { type: 'json' };

export interface Adequacy {
  readonly name: string;
  readonly decision: string;
  readonly scope: string | null;
  readonly valid_until: string | null;
  readonly requires_dpf: boolean;
  readonly url: string;
}

export interface Mechanism {
  readonly article: string;
  readonly label: string;
  readonly kind: 'adequacy' | 'safeguard' | 'derogation';
  readonly needs_tia: boolean;
  readonly countries?: readonly string[];
}

const EEA: ReadonlySet<string> = new Set(eeaData.countries);
const ADEQUACY = adequacyData.countries as Readonly<Record<string, Adequacy>>;
const MECHANISMS = mechanismData.mechanisms as Readonly<Record<string, Mechanism>>;
/** Country names by code, in a Map: the record and the rules look one up for every country they show. */
const NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(countryData.countries as Record<string, string>),
);

export function inEea(country: string): boolean {
  return EEA.has(country);
}

/** The adequacy decision for a country, when there is one. */
export function adequacyOf(country: string): Adequacy | undefined {
  return Object.hasOwn(ADEQUACY, country) ? ADEQUACY[country] : undefined;
}

/** What keeps an adequacy decision from covering a country: none, DPF-listed organisations only, or ended. */
export type AdequacyGap =
  | { readonly kind: 'no-decision' }
  | { readonly kind: 'dpf-only'; readonly scope: string | null }
  | { readonly kind: 'ended'; readonly on: string };

/**
 * Why no adequacy decision covers any recipient in `country` on `today` (a DPF-only decision asks for
 * `dpf` to be stated instead); undefined when one does. Both transfer rules that weigh adequacy word this
 * one answer, so that they cannot disagree about which decision holds.
 */
export function adequacyGap(country: string, today: string): AdequacyGap | undefined {
  const decision = adequacyOf(country);
  if (!decision) return { kind: 'no-decision' };
  if (decision.requires_dpf) return { kind: 'dpf-only', scope: decision.scope };
  if (decision.valid_until !== null && decision.valid_until < today)
    return { kind: 'ended', on: decision.valid_until };
  return undefined;
}

export function mechanismOf(key: string): Mechanism | undefined {
  return Object.hasOwn(MECHANISMS, key) ? MECHANISMS[key] : undefined;
}

/** Whether the code is an ISO 3166-1 alpha-2 country the reference data names. */
export function isCountryCode(code: string): boolean {
  return NAMES.has(code);
}

export function countryCodes(): string[] {
  return [...NAMES.keys()];
}

/** "United States"; the code itself when the reference data does not name it. */
export function countryName(code: string): string {
  return NAMES.get(code) ?? code;
}

/** "US (United States)" for messages. */
export function countryLabel(code: string): string {
  const name = NAMES.get(code);
  return name === undefined ? code : `${code} (${name})`;
}
