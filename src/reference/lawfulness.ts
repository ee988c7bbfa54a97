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
const CONDITIONS = artNineData.conditions as Readonly<Record<string, ArtNineCondition>>;
const AGES = consentAgeData.ages as Readonly<Record<string, { age: number; law?: string }>>;

export function lawfulBasisOf(key: string): LawfulBasisInfo | undefined {
  return Object.hasOwn(BASES, key) ? BASES[key] : undefined;
}

export function artNineConditionOf(key: string): ArtNineCondition | undefined {
  return Object.hasOwn(CONDITIONS, key) ? CONDITIONS[key] : undefined;
}

/** The age of digital consent (Art 8(1)) for a country; `national` is false when the default applies. */
export function consentAge(country: string | undefined): { age: number; national: boolean; law?: string } {
  const entry = country !== undefined && Object.hasOwn(AGES, country) ? AGES[country] : undefined;
  if (entry) return { age: entry.age, national: true, ...(entry.law ? { law: entry.law } : {}) };
  return { age: consentAgeData.default, national: false };
}
