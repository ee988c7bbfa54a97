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
const NAMES = countryData.countries as Readonly<Record<string, string>>;

export function inEea(country: string): boolean {
  return EEA.has(country);
}

/** The adequacy decision for a country, when there is one. */
export function adequacyOf(country: string): Adequacy | undefined {
  return Object.hasOwn(ADEQUACY, country) ? ADEQUACY[country] : undefined;
}

/** An adequacy decision that covers any recipient in the country on `today` (not DPF-only, not expired). */
export function adequacyCovers(country: string, today: string): boolean {
  const decision = adequacyOf(country);
  return (
    decision !== undefined &&
    !decision.requires_dpf &&
    (decision.valid_until === null || decision.valid_until >= today)
  );
}

export function mechanismOf(key: string): Mechanism | undefined {
  return Object.hasOwn(MECHANISMS, key) ? MECHANISMS[key] : undefined;
}

/** "US (United States)" for messages. */
export function countryLabel(code: string): string {
  return Object.hasOwn(NAMES, code) ? `${code} (${NAMES[code]})` : code;
}
