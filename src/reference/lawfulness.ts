// Art 6, 8 and 9 facts from the versioned reference data.
import artNineData from './art9-conditions.json' with { type: 'json' };
import basesData from './lawful-bases.json' with { type: 'json' };
import consentAgeData from './consent-age.json' with { type: 'json' };

export interface LawfulBasisInfo {
  readonly article: string;
  readonly label: string;
  readonly needs_law: boolean;
  readonly law_article?: string;
  readonly available_to_public_authorities?: boolean;
}

export interface ArtNineCondition {
  readonly article: string;
  readonly label: string;
  readonly needs_law: boolean;
}

const BASES = basesData.bases as Readonly<Record<string, LawfulBasisInfo>>;
const BASE_RIGHTS = Object.fromEntries(
  Object.entries(basesData.bases).map(([key, basis]) => [key, basis.rights]),
) as Readonly<Record<string, readonly string[]>>;
const CONDITIONS = artNineData.conditions as Readonly<Record<string, ArtNineCondition>>;
const AGES = consentAgeData.ages as Readonly<Record<string, { age: number; law?: string }>>;

export function lawfulBasisOf(key: string): LawfulBasisInfo | undefined {
  return Object.hasOwn(BASES, key) ? BASES[key] : undefined;
}

export function artNineConditionOf(key: string): ArtNineCondition | undefined {
  return Object.hasOwn(CONDITIONS, key) ? CONDITIONS[key] : undefined;
}

/**
 * The consent a purpose relies on, as the article it rests on: Art 6(1)(a) consent, Art 9(2)(a) explicit
 * consent, both, or none. Either needs its proof (Art 7(1)) and its withdrawal (Art 7(3)).
 */
export function consentRelied(
  basis: string | undefined,
  condition: string | undefined,
): ('6(1)(a)' | '9(2)(a)')[] {
  return [
    ...(basis === 'consent' ? (['6(1)(a)'] as const) : []),
    ...(condition === 'explicit-consent' ? (['9(2)(a)'] as const) : []),
  ];
}

/**
 * The rights (keys of lawful-bases.json) a data subject has under a purpose: those of its lawful basis,
 * and the withdrawal of consent wherever consent is relied on, Art 9(2)(a) explicit consent included.
 */
export function rightKeys(basis: string | undefined, condition: string | undefined): string[] {
  const keys = basis !== undefined && Object.hasOwn(BASES, basis) ? [...BASE_RIGHTS[basis]!] : [];
  if (consentRelied(basis, condition).length > 0 && !keys.includes('withdraw-consent'))
    keys.push('withdraw-consent');
  return keys;
}

/** The age of digital consent (Art 8(1)) for a country; `national` is false when the default applies. */
export function consentAge(country: string | undefined): { age: number; national: boolean; law?: string } {
  const entry = country !== undefined && Object.hasOwn(AGES, country) ? AGES[country] : undefined;
  if (entry) return { age: entry.age, national: true, ...(entry.law ? { law: entry.law } : {}) };
  return { age: consentAgeData.default, national: false };
}
